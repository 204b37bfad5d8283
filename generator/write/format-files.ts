/**
 * Prettier, with the repo's pinned `.prettierrc.json`, over the emitted files that ask for it (`formatWith`), skipping
 * those the cache already holds. Files the printer made pass through as they are.
 */
import { readFile } from 'node:fs/promises';
import type * as prettier from 'prettier';
import type { OutputFile } from '../emit/emit-package.js';
import { FormatCache } from './format-cache.js';
import { runPool, type FormatJob } from './format-pool.js';

export interface FormatOptions {
  /** Prettier options (the pinned config); `parser` is chosen per file. */
  config: prettier.Options;
  /** A loaded cache; none (format everything) when absent. */
  cache?: FormatCache;
}

export interface FormatStats {
  formatted: number;
  cached: number;
}

export async function loadPrettierConfig(file: string): Promise<prettier.Options> {
  return JSON.parse(await readFile(file, 'utf8')) as prettier.Options;
}

export async function formatFiles(files: readonly OutputFile[], options: FormatOptions): Promise<{ files: OutputFile[]; stats: FormatStats }> {
  const cache = options.cache ?? (await FormatCache.load(undefined, ''));
  const out: OutputFile[] = files.map((f) => ({ path: f.path, text: f.text }));
  const jobs: FormatJob[] = [];
  const pending: { index: number; key: string }[] = [];
  const stats: FormatStats = { formatted: 0, cached: 0 };
  files.forEach((file, index) => {
    const parser = parserOf(file.path);
    if (parser === undefined || file.formatWith !== 'prettier') return;
    const key = cache.key('file', file.path, file.text);
    const hit = cache.get(key);
    if (hit !== undefined) {
      stats.cached++;
      out[index] = { path: file.path, text: hit };
      return;
    }
    jobs.push({ path: file.path, text: file.text, parser });
    pending.push({ index, key });
  });
  const texts = await runPool({ kind: 'format', items: jobs }, options.config);
  pending.forEach(({ index, key }, i) => {
    const text = texts[i] ?? '';
    cache.set(key, text);
    out[index] = { path: files[index]?.path ?? '', text };
  });
  stats.formatted = jobs.length;
  return { files: out, stats };
}

/** `babel-ts` prints our code as `typescript` does, and parses it about a third faster. */
export function parserOf(path: string): 'babel-ts' | 'json' | 'markdown' | undefined {
  if (path.endsWith('.ts')) return 'babel-ts';
  if (path.endsWith('.json')) return 'json';
  if (path.endsWith('.md')) return 'markdown';
  return undefined;
}
