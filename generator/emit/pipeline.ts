/** specs → model → files → formatted → written. The one entry the `emit` and `generate` commands call. */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as prettier from 'prettier';
import type { Diagnostic } from '../diagnostics.js';
import { buildModel, type SpecSource } from '../model/build-model.js';
import type { ApiModel } from '../model/types.js';
import { FormatCache } from '../write/format-cache.js';
import { formatFiles, type FormatStats } from '../write/format-files.js';
import { runPool } from '../write/format-pool.js';
import { writeOutput } from '../write/write-output.js';
import { entryFiles, type OutputFile, type RuntimeSource } from './emit-package.js';
import type { EmitOptions } from './options.js';

export interface GenerateInput {
  specs: readonly SpecSource[];
  outDir: string;
  options: EmitOptions;
  /** Runtime sources copied into `src/runtime/` (see `runtimeFromDir`). */
  runtime: RuntimeSource;
  /** The pinned prettier config (`.prettierrc.json`). */
  prettier: prettier.Options;
  /** Format cache folder, e.g. `.topgen-cache`; none when absent. */
  cacheDir?: string;
}

export interface GenerateResult {
  diagnostics: Diagnostic[];
  written: number;
  removed: number;
  unchanged: number;
  files: OutputFile[];
  /** API modules and other files taken from the cache vs. emitted and formatted this run. */
  format: FormatStats;
  /**
   * Milliseconds per step. Emit and format overlap: `emit` is the entry files' emission on the main thread, `format`
   * the rest until all API modules (emitted and formatted together in workers) and entry files are done.
   */
  timings: { model: number; emit: number; format: number; write: number };
}

const GENERATOR_DIRS = ['generator/model', 'generator/emit', 'generator/write', 'templates'];
const REPO_ROOT = new URL('../../', import.meta.url);

export async function generatePackage(input: GenerateInput): Promise<GenerateResult> {
  const t0 = performance.now();
  const { model, diagnostics } = buildModel(input.specs, input.options);
  const cache = await FormatCache.load(input.cacheDir, generatorFingerprint(input.prettier));
  const t1 = performance.now();
  let t2 = t1;
  // API modules go to worker threads while this thread emits and formats the entry files.
  const [apis, formatted] = await Promise.all([
    emitApiModules(model.apis, cache, input.prettier),
    (async () => {
      const rest = entryFiles(model, { ...input.options, runtime: input.runtime });
      t2 = performance.now();
      return formatFiles(rest, { config: input.prettier, cache });
    })(),
  ]);
  await cache.save();
  const files = [...apis.files, ...formatted.files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const t3 = performance.now();
  const counts = await writeOutput(input.outDir, files);
  const t4 = performance.now();
  const format = { formatted: apis.stats.formatted + formatted.stats.formatted, cached: apis.stats.cached + formatted.stats.cached };
  return { diagnostics, ...counts, files, format, timings: { model: t1 - t0, emit: t2 - t1, format: t3 - t2, write: t4 - t3 } };
}

/** API modules, each cached by the hash of its model: unchanged APIs are neither emitted nor formatted. */
async function emitApiModules(apis: readonly ApiModel[], cache: FormatCache, config: prettier.Options): Promise<{ files: OutputFile[]; stats: FormatStats }> {
  const files: OutputFile[] = [];
  const misses: { api: ApiModel; key: string; index: number }[] = [];
  for (const api of apis) {
    const key = cache.key('api', JSON.stringify(api));
    const hit = cache.get(key);
    if (hit === undefined) misses.push({ api, key, index: files.length });
    files.push({ path: `src/${api.modulePath}.ts`, text: hit ?? '' });
  }
  const texts = await runPool({ kind: 'emit', items: misses.map((m) => m.api) }, config);
  misses.forEach((m, i) => {
    const text = texts[i] ?? '';
    cache.set(m.key, text);
    const file = files[m.index];
    if (file) file.text = text;
  });
  return { files, stats: { formatted: misses.length, cached: apis.length - misses.length } };
}

/** Hash of everything that shapes output besides the model: generator sources, templates, prettier and its config. */
function generatorFingerprint(config: prettier.Options): string {
  const parts: string[] = [prettier.version, JSON.stringify(config)];
  for (const dir of GENERATOR_DIRS) {
    const url = new URL(`${dir}/`, REPO_ROOT);
    for (const entry of readdirSync(url, { withFileTypes: true })) {
      if (entry.isFile()) parts.push(entry.name, readFileSync(new URL(entry.name, url), 'utf8'));
    }
  }
  return createHash('sha256').update(parts.join('\0')).digest('hex');
}

/** Reads runtime sources from a folder such as `runtime/src`. */
export function runtimeFromDir(dir: string): RuntimeSource {
  return {
    list: () => readdirSync(dir).filter((name) => name.endsWith('.ts')),
    read: (name) => readFileSync(join(dir, name), 'utf8'),
  };
}
