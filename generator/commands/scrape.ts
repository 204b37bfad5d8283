/**
 * `topgen scrape [--category <id|name|pkg>] [--api <method>] [--out pages/toplib] [--known pages/toplib]
 *   [--base-url https://open.taobao.com] [--concurrency 4] [--timeout 30000] [--retries 4] [--force]`
 *
 * Downloads the doc site's catalog and each API's document into the corpus layout (see `scrape/save.ts` for the
 * file format). Already-saved current documents are skipped (resumable) unless `--force`. Progress goes to stderr:
 * a live line when stderr is a TTY, one final line otherwise. Exit 1 when any API (or the catalog) failed, after
 * listing the failures; the others are still saved.
 */
import { resolve } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import { DEFAULT_CONCURRENCY, formatProgress, loadKnownCategories, scrapeDocs } from '../scrape/index.js';
import type { ScrapeProgress } from '../scrape/index.js';
import type { CommandContext } from './context.js';

const USAGE =
  'usage: topgen scrape [--category <id|name>] [--api <method>] [--out <dir>] [--known <dir>] [--base-url <url>] [--concurrency N] [--timeout ms] [--retries N] [--force]';

export async function runScrape(args: string[], ctx: CommandContext): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args,
      options: {
        category: { type: 'string' },
        api: { type: 'string' },
        out: { type: 'string', default: 'pages/toplib' },
        known: { type: 'string', default: 'pages/toplib' },
        'base-url': { type: 'string', default: 'https://open.taobao.com' },
        concurrency: { type: 'string', default: String(DEFAULT_CONCURRENCY) },
        timeout: { type: 'string', default: '30000' },
        retries: { type: 'string', default: '4' },
        force: { type: 'boolean', default: false },
      },
    }));
  } catch (error) {
    ctx.err(`topgen scrape: ${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const int = (name: string, text: string, min: number): number | undefined => {
    const n = Number(text);
    if (!Number.isInteger(n) || n < min) {
      ctx.err(`topgen scrape: --${name} must be an integer ≥ ${min}, got "${text}"`);
      return undefined;
    }
    return n;
  };
  const concurrency = int('concurrency', values.concurrency, 1);
  const timeoutMs = int('timeout', values.timeout, 1);
  const retries = int('retries', values.retries, 0);
  if (concurrency === undefined || timeoutMs === undefined || retries === undefined) return 2;
  const known = await loadKnownCategories(resolve(ctx.cwd, values.known));
  const { status } = ctx;
  const now = ctx.now ?? (() => Date.now());
  let last: ScrapeProgress | undefined;
  let lastDraw = 0;
  const result = await scrapeDocs({
    outDir: resolve(ctx.cwd, values.out),
    known,
    filter: { ...(values.category ? { category: values.category } : {}), ...(values.api ? { api: values.api } : {}) },
    force: values.force,
    concurrency,
    baseUrl: values['base-url'],
    timeoutMs,
    retries,
    fetch: (url, init) => fetch(url, init),
    sleep: (ms) => delay(ms),
    now,
    progress: (p) => {
      last = p;
      if (status && (now() - lastDraw > 200 || p.done === p.total)) {
        lastDraw = now();
        status(formatProgress(p));
      }
    },
  });
  if (status && last) status('');
  if (last) ctx.err(formatProgress(last));
  for (const f of result.failed) ctx.err(`failed ${f.api}: ${f.reason}`);
  ctx.out(
    `scraped ${result.categories} categories: ${result.saved} saved, ${result.skipped} skipped, ${result.failed.length} failed (${result.requests} requests)`,
  );
  return result.failed.length > 0 ? 1 : 0;
}
