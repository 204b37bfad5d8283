import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { runScrape } from '../../generator/commands/scrape.js';
import { parseDocJson } from '../../generator/parse/json.js';
import { formatProgress, loadKnownCategories, scrapeDocs } from '../../generator/scrape/index.js';
import type { KnownCategory, ScrapeOptions, ScrapeProgress } from '../../generator/scrape/index.js';
import { docFileName, formatDocument } from '../../generator/scrape/save.js';
import { CORPUS, startFakeSite } from './fake-site.js';
import type { FakeSite } from './fake-site.js';

const PKGS = ['traderate', 'aecreatives', 'traveltrade', 'ju'];
let site: FakeSite;
let known: Map<number, KnownCategory>;
const temps: string[] = [];
const temp = () => {
  const d = mkdtempSync(join(tmpdir(), 'topgen-scrape-'));
  temps.push(d);
  return d;
};

beforeAll(async () => {
  site = await startFakeSite(PKGS);
  known = await loadKnownCategories(CORPUS);
});
afterAll(async () => {
  await site.close();
  for (const d of temps) rmSync(d, { recursive: true, force: true });
});
beforeEach(() => {
  site.requests.length = 0;
  site.faults.clear();
  site.catalogFaults.length = 0;
});

const sleeps: number[] = [];
const options = (outDir: string, more: Partial<ScrapeOptions> = {}): ScrapeOptions => ({
  outDir,
  known,
  baseUrl: site.url,
  timeoutMs: 1000,
  retries: 3,
  backoffMs: 1,
  fetch: (url, init) => fetch(url, init),
  sleep: async (ms) => {
    sleeps.push(ms);
  },
  now: () => Date.now(),
  ...more,
});

const parse = (text: string, file: string, pkg: string) => {
  const cat = JSON.parse(readFileSync(join(CORPUS, pkg, 'catelog.json'), 'utf8')) as { name: string; pkg: string; id: number };
  return parseDocJson({ text, file, category: cat });
};

describe('scrapeDocs', () => {
  it('downloads every API into the corpus layout, equal to the corpus', async () => {
    const out = temp();
    const progress: ScrapeProgress[] = [];
    const result = await scrapeDocs(options(out, { progress: (p) => progress.push(p) }));
    expect(result).toMatchObject({ saved: site.apis.length, skipped: 0, failed: [], categories: 4 });
    expect(site.apis.length).toBeGreaterThanOrEqual(25);
    // One handshake, one catalog, one request per document.
    expect(site.requests.filter((r) => r === '/docCenter')).toHaveLength(1);
    expect(site.documentRequests()).toBe(site.apis.length);
    for (const pkg of PKGS) {
      expect(readdirSync(join(out, pkg)).sort()).toEqual(readdirSync(join(CORPUS, pkg)).sort());
      expect(JSON.parse(readFileSync(join(out, pkg, 'catelog.json'), 'utf8'))).toEqual(JSON.parse(readFileSync(join(CORPUS, pkg, 'catelog.json'), 'utf8')));
    }
    for (const api of site.apis) {
      expect(docFileName(api.name)).toBe(api.file);
      const saved = readFileSync(join(out, api.pkg, api.file), 'utf8');
      expect(JSON.parse(saved)).toEqual(JSON.parse(api.text));
      expect(saved).toBe(formatDocument(JSON.parse(api.text)));
      const a = parse(saved, api.file, api.pkg);
      const b = parse(api.text, api.file, api.pkg);
      expect(a.spec).toBeDefined();
      expect(a).toEqual(b);
    }
    const last = progress.at(-1)!;
    expect(last).toMatchObject({ total: site.apis.length, done: site.apis.length, saved: site.apis.length, failed: 0 });
    expect(formatProgress(last)).toMatch(new RegExp(`^${site.apis.length}/${site.apis.length} APIs \\(${site.apis.length} saved, 0 skipped, 0 failed\\), \\d+s elapsed$`));
  });

  it('resumes: current files are not fetched again; a damaged file is; --force fetches all', async () => {
    const out = temp();
    await scrapeDocs(options(out));
    site.requests.length = 0;
    const again = await scrapeDocs(options(out));
    expect(again).toMatchObject({ saved: 0, skipped: site.apis.length, failed: [] });
    expect(site.documentRequests()).toBe(0);

    const victim = site.apis[3]!;
    const path = join(out, victim.pkg, victim.file);
    writeFileSync(path, readFileSync(path, 'utf8').slice(0, 40));
    site.requests.length = 0;
    const repaired = await scrapeDocs(options(out));
    expect(repaired).toMatchObject({ saved: 1, skipped: site.apis.length - 1, failed: [] });
    expect(site.documentRequests()).toBe(1);
    expect(readFileSync(path, 'utf8')).toBe(formatDocument(JSON.parse(victim.text)));

    site.requests.length = 0;
    const forced = await scrapeDocs(options(out, { force: true, concurrency: 8 }));
    expect(forced).toMatchObject({ saved: site.apis.length, skipped: 0 });
    expect(site.documentRequests()).toBe(site.apis.length);
  });

  it('retries transient failures, reports permanent ones and saves the rest', async () => {
    const out = temp();
    const [a, b, c, d, e, f, g, h] = site.apis;
    site.faults.set(a!.id, { queue: ['500', '500'] });
    site.faults.set(b!.id, { queue: ['timeout'] });
    site.faults.set(c!.id, { queue: ['html'] });
    site.faults.set(d!.id, { queue: ['truncated'] });
    site.faults.set(e!.id, { queue: ['fail'] });
    site.faults.set(f!.id, { queue: ['500'], always: true });
    site.faults.set(g!.id, { queue: ['404'] });
    site.faults.set(h!.id, { queue: ['drop'] });
    sleeps.length = 0;
    const result = await scrapeDocs(options(out, { retries: 3 }));
    expect(result.failed).toEqual(
      [
        { api: f!.name, reason: 'HTTP 500 (after 4 attempts)' },
        { api: g!.name, reason: 'HTTP 404' },
      ].sort((x, y) => (x.api < y.api ? -1 : 1)),
    );
    expect(result.saved).toBe(site.apis.length - 2);
    for (const api of site.apis) {
      const exists = readdirSync(join(out, api.pkg)).includes(api.file);
      expect(exists).toBe(api !== f && api !== g);
    }
    // Exponential backoff: 1, 2, 4 for the permanent 500; success:false made the client shake hands again.
    expect(sleeps.filter((s) => s === 4)).toHaveLength(1);
    expect(site.requests.filter((r) => r === '/docCenter').length).toBeGreaterThanOrEqual(2);
  });

  it('a catalog that cannot be had is a failure', async () => {
    site.catalogFaults.push('500', '500');
    const result = await scrapeDocs(options(temp(), { retries: 1 }));
    expect(result).toMatchObject({ saved: 0, skipped: 0, categories: 0, failed: [{ api: '(catalog)', reason: 'HTTP 500 (after 2 attempts)' }] });
  });

  it('filters by category id, name or slug, and by api', async () => {
    const ju = site.categories.find((c) => c.pkg === 'ju')!;
    for (const category of [String(ju.id), ju.name, 'ju']) {
      const out = temp();
      const result = await scrapeDocs(options(out, { filter: { category } }));
      expect(result).toMatchObject({ saved: ju.apis.length, categories: 1, failed: [] });
      expect(readdirSync(out)).toEqual(['ju']);
    }
    const one = site.apis.find((a) => a.pkg === 'traveltrade')!;
    const out = temp();
    site.requests.length = 0;
    const result = await scrapeDocs(options(out, { filter: { api: one.name } }));
    expect(result).toMatchObject({ saved: 1, categories: 1, failed: [] });
    expect(site.documentRequests()).toBe(1);
    expect(readdirSync(join(out, 'traveltrade')).sort()).toEqual(['catelog.json', one.file].sort());
    expect(await scrapeDocs(options(temp(), { filter: { api: 'no.such.api' } }))).toMatchObject({ saved: 0, categories: 0, failed: [] });
  });

  it('saves an unknown category under its id', async () => {
    const out = temp();
    const ju = site.categories.find((c) => c.pkg === 'ju')!;
    const result = await scrapeDocs(options(out, { known: new Map(), filter: { category: String(ju.id) } }));
    expect(result.saved).toBe(ju.apis.length);
    expect(readdirSync(out)).toEqual([String(ju.id)]);
    expect(JSON.parse(readFileSync(join(out, String(ju.id), 'catelog.json'), 'utf8'))).toEqual({ name: ju.name, pkg: String(ju.id), id: ju.id });
  });
});

describe('topgen scrape', () => {
  const run = async (args: string[]) => {
    const out: string[] = [];
    const err: string[] = [];
    const code = await runScrape(args, { cwd: join(CORPUS, '../..'), out: (l) => out.push(l), err: (l) => err.push(l) });
    return { code, out, err };
  };

  it('downloads, prints a final progress line and a summary', async () => {
    const dir = temp();
    const r = await run(['--base-url', site.url, '--out', dir, '--category', 'traderate', '--timeout', '500']);
    expect(r.code).toBe(0);
    expect(r.out).toEqual(['scraped 1 categories: 5 saved, 0 skipped, 0 failed (7 requests)']);
    expect(r.err).toHaveLength(1);
    expect(r.err[0]).toMatch(/^5\/5 APIs \(5 saved, 0 skipped, 0 failed\)/);
  });

  it('draws progress through the context status line and clock, and clears it at the end', async () => {
    const status: string[] = [];
    let clock = 0;
    const err: string[] = [];
    const ctx = { cwd: join(CORPUS, '../..'), out: () => {}, err: (l: string) => err.push(l), now: () => (clock += 1000), status: (t: string) => status.push(t) };
    expect(await runScrape(['--base-url', site.url, '--out', temp(), '--category', 'traderate'], ctx)).toBe(0);
    expect(status.length).toBeGreaterThan(1);
    expect(status.slice(0, -1).every((t) => /^\d+\/\d+ APIs/.test(t))).toBe(true);
    expect(status.at(-1)).toBe('');
    expect(err).toEqual([expect.stringMatching(/^5\/5 APIs/)]);
  });

  it('exits 1 and lists failures, after saving the others', async () => {
    const dir = temp();
    const bad = site.categories.find((c) => c.pkg === 'traderate')!.apis[0]!;
    site.faults.set(bad.id, { queue: ['404'] });
    const r = await run(['--base-url', site.url, '--out', dir, '--category', 'traderate', '--retries', '0']);
    expect(r.code).toBe(1);
    expect(r.err).toContain(`failed ${bad.name}: HTTP 404`);
    expect(readdirSync(join(dir, 'traderate'))).toHaveLength(5);
  });

  it('rejects bad options', async () => {
    expect((await run(['--concurrency', '0'])).code).toBe(2);
    expect((await run(['--nope'])).code).toBe(2);
  });
});
