/**
 * `scrapeDocs`: downloads the doc site's catalog and each listed API's document into the corpus layout.
 *
 * Pure of process state: fetch, clock, sleep and the progress reporter are injected; it only touches the files
 * under `outDir`. Resumable: a document already saved for the same catalog entry (see `isCurrentDocument`) is
 * skipped without a request unless `force`. An API that fails for good is listed in `failed`; the others are saved.
 */
import type { CatalogCategory, CatalogFilter, KnownCategory } from './catalog.js';
import { CATALOG_PATH, CATALOG_QUERY, DOCUMENT_PATH, categoryPkg, documentQuery, filterCatalog, parseCatalog } from './catalog.js';
import { documentPath, formatCatelog, formatDocument, isCurrentDocument, readIfExists, writeStable } from './save.js';
import { DEFAULT_SITE_OPTIONS, createSiteClient } from './site-client.js';
import type { FetchLike } from './site-client.js';
import { join } from 'node:path';

export { createSiteClient, SiteError, DEFAULT_SITE_OPTIONS } from './site-client.js';
export type { FetchLike, SiteClient, SiteClientOptions } from './site-client.js';
export { parseCatalog, filterCatalog, loadKnownCategories, categoryPkg } from './catalog.js';
export type { CatalogCategory, CatalogEntry, CatalogFilter, KnownCategory } from './catalog.js';

export const DEFAULT_CONCURRENCY = 4;

export interface ScrapeProgress {
  /** APIs to handle after filtering. */
  total: number;
  done: number;
  saved: number;
  skipped: number;
  failed: number;
  elapsedMs: number;
  /** Estimated time left, once something was done. */
  etaMs?: number;
}

export interface ScrapeOptions {
  outDir: string;
  /** Category id → folder slug, from an existing corpus (`loadKnownCategories`). Unknown ids are saved under the id. */
  known: ReadonlyMap<number, KnownCategory>;
  filter?: CatalogFilter;
  /** Fetch and rewrite documents even when a current one is saved. */
  force?: boolean;
  concurrency?: number;
  baseUrl?: string;
  timeoutMs?: number;
  retries?: number;
  backoffMs?: number;
  fetch: FetchLike;
  sleep: (ms: number) => Promise<void>;
  now: () => number;
  progress?: (p: ScrapeProgress) => void;
}

export interface ScrapeFailure {
  /** The method, or `(catalog)` when the catalog itself could not be had. */
  api: string;
  reason: string;
}

export interface ScrapeResult {
  /** Documents fetched and written (or found byte-identical after fetching). */
  saved: number;
  /** Documents already present and current, not fetched. */
  skipped: number;
  failed: ScrapeFailure[];
  /** Categories kept by the filter. */
  categories: number;
  /** HTTP requests sent, handshakes and retries included. */
  requests: number;
}

export async function scrapeDocs(options: ScrapeOptions): Promise<ScrapeResult> {
  const client = createSiteClient({
    baseUrl: options.baseUrl ?? DEFAULT_SITE_OPTIONS.baseUrl,
    fetch: options.fetch,
    sleep: options.sleep,
    timeoutMs: options.timeoutMs ?? DEFAULT_SITE_OPTIONS.timeoutMs,
    retries: options.retries ?? DEFAULT_SITE_OPTIONS.retries,
    backoffMs: options.backoffMs ?? DEFAULT_SITE_OPTIONS.backoffMs,
  });
  const start = options.now();
  const result: ScrapeResult = { saved: 0, skipped: 0, failed: [], categories: 0, requests: 0 };
  let categories: CatalogCategory[];
  try {
    categories = filterCatalog(parseCatalog(await client.getData(CATALOG_PATH, CATALOG_QUERY)), options.filter ?? {}, options.known);
  } catch (error) {
    result.failed.push({ api: '(catalog)', reason: (error as Error).message });
    result.requests = client.requests;
    return result;
  }
  result.categories = categories.length;
  const jobs = categories.flatMap((c) => c.apis.map((entry) => ({ category: c, pkg: categoryPkg(c.id, options.known), entry })));
  const total = jobs.length;
  const report = () => {
    if (!options.progress) return;
    const done = result.saved + result.skipped + result.failed.length;
    const elapsedMs = options.now() - start;
    options.progress({
      total,
      done,
      saved: result.saved,
      skipped: result.skipped,
      failed: result.failed.length,
      elapsedMs,
      ...(done > 0 ? { etaMs: Math.round((elapsedMs / done) * (total - done)) } : {}),
    });
  };
  for (const c of categories) {
    const pkg = categoryPkg(c.id, options.known);
    await writeStable(join(options.outDir, pkg, 'catelog.json'), formatCatelog({ name: c.name || (options.known.get(c.id)?.name ?? ''), pkg, id: c.id }));
  }
  report();
  let next = 0;
  const worker = async () => {
    while (next < jobs.length) {
      const job = jobs[next++];
      if (!job) break;
      const path = documentPath(options.outDir, job.pkg, job.entry.name);
      if (!options.force && isCurrentDocument(await readIfExists(path), job.entry)) {
        result.skipped++;
      } else {
        try {
          const data = await client.getData(DOCUMENT_PATH, documentQuery(job.entry.id));
          if (typeof data !== 'object' || data === null || typeof (data as { name?: unknown }).name !== 'string') throw new Error('document has no name');
          const name = (data as { name: string }).name.trim();
          if (name !== job.entry.name) throw new Error(`document is for "${name}", not "${job.entry.name}"`);
          await writeStable(path, formatDocument(data));
          result.saved++;
        } catch (error) {
          result.failed.push({ api: job.entry.name, reason: (error as Error).message });
        }
      }
      report();
    }
  };
  const n = Math.max(1, Math.min(options.concurrency ?? DEFAULT_CONCURRENCY, jobs.length || 1));
  await Promise.all(Array.from({ length: n }, worker));
  result.failed.sort((a, b) => (a.api < b.api ? -1 : a.api > b.api ? 1 : 0));
  result.requests = client.requests;
  return result;
}

/** `412/4,250 APIs (400 saved, 10 skipped, 2 failed), 3m12s elapsed, ETA 1h02m` */
export function formatProgress(p: ScrapeProgress): string {
  const n = (k: number) => k.toLocaleString('en-US');
  const eta = p.etaMs !== undefined && p.done < p.total ? `, ETA ${formatDuration(p.etaMs)}` : '';
  return `${n(p.done)}/${n(p.total)} APIs (${n(p.saved)} saved, ${n(p.skipped)} skipped, ${n(p.failed)} failed), ${formatDuration(p.elapsedMs)} elapsed${eta}`;
}

export function formatDuration(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = s % 60;
  if (h > 0) return `${h}h${String(m).padStart(2, '0')}m`;
  if (m > 0) return `${m}m${String(sec).padStart(2, '0')}s`;
  return `${sec}s`;
}
