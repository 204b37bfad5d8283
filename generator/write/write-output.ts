/**
 * Writes files under `outDir`: only those whose bytes changed; removes files it did not write (but `node_modules`,
 * `dist`), unless `prune` is false (an incremental run hands over only the files it remade).
 */
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import type { OutputFile } from '../emit/emit-package.js';

export interface WriteResult {
  written: number;
  unchanged: number;
  removed: number;
}

/** Folders of the package the generator leaves alone: the user's install and build. */
export const OUTPUT_KEPT_DIRS: ReadonlySet<string> = new Set(['node_modules', 'dist']);

export async function writeOutput(outDir: string, files: readonly OutputFile[], { prune = true }: { prune?: boolean } = {}): Promise<WriteResult> {
  const result: WriteResult = { written: 0, unchanged: 0, removed: 0 };
  const wanted = new Set(files.map((f) => f.path));
  const existing = prune ? await listFiles(outDir, outDir) : new Set(files.map((f) => f.path));
  const made = new Map<string, Promise<unknown>>();
  await Promise.all(
    files.map(async (file) => {
      const target = join(outDir, file.path);
      const bytes = Buffer.from(file.text, 'utf8');
      const old = existing.has(file.path) ? await readFile(target).catch(() => undefined) : undefined;
      if (old && old.equals(bytes)) {
        result.unchanged++;
        return;
      }
      const dir = dirname(target);
      let making = made.get(dir);
      if (!making) {
        making = mkdir(dir, { recursive: true });
        made.set(dir, making);
      }
      await making;
      await writeFile(target, bytes);
      result.written++;
    }),
  );
  for (const path of [...existing].sort()) {
    if (wanted.has(path)) continue;
    await rm(join(outDir, path), { force: true });
    result.removed++;
  }
  return result;
}

/** Files of a written package, as `/`-separated paths relative to it (`node_modules` and `dist` left out). */
export function listOutputFiles(outDir: string): Promise<Set<string>> {
  return listFiles(outDir, outDir);
}

/** Files under `dir`, as `/`-separated paths relative to `root`, skipping the kept folders at the top. */
async function listFiles(dir: string, root: string, out = new Set<string>()): Promise<Set<string>> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  for (const e of entries) {
    const full = join(dir, e.name);
    if (e.isDirectory()) {
      if (dir === root && OUTPUT_KEPT_DIRS.has(e.name)) continue;
      await listFiles(full, root, out);
    } else if (e.isFile()) out.add(relative(root, full).split(sep).join('/'));
  }
  return out;
}
