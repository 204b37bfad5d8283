/** Disk helpers shared by the commands: collecting inputs and writing a tree of text files. */
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import type { InputFile } from '../parse/index.js';

/** Every file under the given files or folders (recursively, sorted, dot-folders and node_modules skipped). */
export async function collectInputs(paths: readonly string[], cwd: string): Promise<InputFile[]> {
  const out: InputFile[] = [];
  for (const p of paths) {
    const abs = resolve(cwd, p);
    const info = await stat(abs);
    if (info.isDirectory()) {
      // Thousands of small files: synchronous reads cost far less than one await each.
      for (const file of await listFiles(abs)) out.push({ path: toPosix(relative(cwd, file)), bytes: readFileSync(file) });
    } else {
      out.push({ path: toPosix(relative(cwd, abs)), bytes: readFileSync(abs), explicit: true });
    }
  }
  return out;
}

/** Files under `dir` whose names pass `filter`, sorted; dot-folders, node_modules and folders `enter` refuses skipped. */
export async function listFiles(dir: string, filter: (name: string) => boolean = () => true, enter: (folder: string) => boolean = () => true): Promise<string[]> {
  const out: string[] = [];
  const walk = async (d: string) => {
    const entries = await readdir(d, { withFileTypes: true });
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      if (e.name.startsWith('.') || e.name === 'node_modules') continue;
      const full = join(d, e.name);
      if (e.isDirectory()) {
        if (enter(e.name)) await walk(full);
      } else if (e.isFile() && filter(e.name)) out.push(full);
    }
  };
  await walk(dir);
  return out;
}

export interface WriteTreeResult {
  written: string[];
  unchanged: number;
  removed: string[];
}

/**
 * Writes `files` (paths relative to `dir`) where their bytes changed; with `prune`, removes files under `dir`
 * that `keep` does not protect and that were not written this time.
 */
export async function writeTree(
  dir: string,
  files: ReadonlyMap<string, string>,
  prune?: { keep: (path: string) => boolean },
  current: ReadonlyMap<string, string | undefined> = readTexts(dir, files.keys()),
): Promise<WriteTreeResult> {
  const result: WriteTreeResult = { written: [], unchanged: 0, removed: [] };
  // Thousands of small files: written concurrently (creating a file waits on the disk, and libuv overlaps the
  // waits), with one mkdir per folder.
  const made = new Map<string, Promise<unknown>>();
  const writes: Promise<void>[] = [];
  for (const [path, text] of files) {
    const abs = join(dir, path);
    const old = current.get(path);
    if (old === text) {
      result.unchanged++;
      continue;
    }
    const folder = dirname(abs);
    let making = made.get(folder);
    if (!making) {
      making = mkdir(folder, { recursive: true });
      made.set(folder, making);
    }
    writes.push(making.then(() => writeFile(abs, text)));
    result.written.push(path);
  }
  await Promise.all(writes);
  if (prune) {
    const existing = await listFiles(dir).catch(() => [] as string[]);
    for (const abs of existing) {
      const path = toPosix(relative(dir, abs));
      if (files.has(path) || prune.keep(path)) continue;
      await rm(abs);
      result.removed.push(path);
    }
  }
  return result;
}

/** The current text of each path under `dir` (undefined when absent). */
export function readTexts(dir: string, paths: Iterable<string>): Map<string, string | undefined> {
  const out = new Map<string, string | undefined>();
  // A first run has no folder yet: thousands of opens that must fail are not worth making.
  if (!existsSync(dir)) {
    for (const path of paths) out.set(path, undefined);
    return out;
  }
  for (const path of paths) {
    try {
      out.set(path, readFileSync(join(dir, path), 'utf8'));
    } catch {
      out.set(path, undefined);
    }
  }
  return out;
}

export function toPosix(path: string): string {
  return sep === '/' ? path : path.split(sep).join('/');
}
