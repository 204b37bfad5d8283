/**
 * Prettier as the judge of the printer: formats every file of a generated package (default `generated/`) with the
 * pinned `.prettierrc.json` in worker threads and lists the files prettier would change, with the first differing line.
 * Exit 1 when any differs. Run: `node bin/run-ts.mjs scripts/verify-format.ts [dir]`.
 */
import { readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { listFiles, toPosix } from '../generator/commands/files.js';
import { loadPrettierConfig, parserOf } from '../generator/write/format-files.js';
import { runPool, type FormatJob } from '../generator/write/format-pool.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));

export interface FormatVerdict {
  files: number;
  bytes: number;
  differing: { path: string; line: number; printed: string; prettier: string }[];
  seconds: number;
}

export async function verifyFormat(dir: string): Promise<FormatVerdict> {
  const started = performance.now();
  const jobs: FormatJob[] = [];
  for (const abs of (await listFiles(dir)).sort()) {
    const path = toPosix(relative(dir, abs));
    if (path.startsWith('node_modules/') || path.startsWith('dist/')) continue;
    const parser = parserOf(path);
    if (parser !== undefined) jobs.push({ path, parser, text: await readFile(abs, 'utf8') });
  }
  const formatted = await runPool({ kind: 'format', items: jobs }, await loadPrettierConfig(join(ROOT, '.prettierrc.json')));
  const differing: FormatVerdict['differing'] = [];
  jobs.forEach((job, i) => {
    const want = formatted[i] ?? '';
    if (want === job.text) return;
    const a = job.text.split('\n');
    const b = want.split('\n');
    let line = 0;
    while (line < a.length && a[line] === b[line]) line++;
    differing.push({ path: job.path, line: line + 1, printed: a[line] ?? '', prettier: b[line] ?? '' });
  });
  return { files: jobs.length, bytes: jobs.reduce((n, j) => n + Buffer.byteLength(j.text), 0), differing, seconds: (performance.now() - started) / 1000 };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const dir = join(ROOT, process.argv[2] ?? 'generated');
  const verdict = await verifyFormat(dir);
  for (const d of verdict.differing.slice(0, 50)) console.log(`${d.path}:${d.line}\n  printed:  ${d.printed}\n  prettier: ${d.prettier}`);
  console.log(`${verdict.files} files (${(verdict.bytes / 1e6).toFixed(1)} MB): ${verdict.differing.length} differ from prettier; ${verdict.seconds.toFixed(1)} s`);
  process.exitCode = verdict.differing.length > 0 ? 1 : 0;
}
