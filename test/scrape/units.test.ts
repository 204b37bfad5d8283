import { describe, expect, it } from 'vitest';
import { filterCatalog, parseCatalog } from '../../generator/scrape/catalog.js';
import { formatDuration, formatProgress } from '../../generator/scrape/index.js';
import { docFileName, formatCatelog, isCurrentDocument } from '../../generator/scrape/save.js';

describe('save helpers', () => {
  it('names files like the corpus', () => {
    expect(docFileName('tmall.exchange.message.add')).toBe('tmall_exchange_message_add.json');
  });

  it('a saved document is current when it parses and names the same entry', () => {
    const entry = { id: 7, name: 'a.b.c' };
    expect(isCurrentDocument('{"name":"a.b.c","id":7}', entry)).toBe(true);
    expect(isCurrentDocument('{"name":"a.b.c"}', entry)).toBe(true);
    expect(isCurrentDocument('{"name":"a.b.c","id":8}', entry)).toBe(false);
    expect(isCurrentDocument('{"name":"a.b.d","id":7}', entry)).toBe(false);
    expect(isCurrentDocument('{"name":"a.b.c",', entry)).toBe(false);
    expect(isCurrentDocument(undefined, entry)).toBe(false);
  });

  it('writes catelog.json like the corpus', () => {
    expect(formatCatelog({ name: '聚划算API', pkg: 'ju', id: 10101 })).toBe('{\n  "name": "聚划算API",\n  "pkg": "ju",\n  "id": 10101\n}');
  });
});

describe('catalog', () => {
  const data = {
    treeCategories: [
      { catelogTrees: [{ id: 1, name: 'One', catelogList: [{ id: 11, name: 'x.one', docType: 2 }, { id: 'bad', name: 'x.bad' }, { id: 12, name: ' ' }] }] },
      { catelogTrees: [{ id: '2', name: 'Two', catelogList: [{ id: '21', name: 'y.two' }] }] },
    ],
  };

  it('reads categories and entries, dropping malformed ones', () => {
    expect(parseCatalog(data)).toEqual([
      { id: 1, name: 'One', apis: [{ id: 11, name: 'x.one', docType: 2 }] },
      { id: 2, name: 'Two', apis: [{ id: 21, name: 'y.two' }] },
    ]);
    expect(() => parseCatalog({})).toThrow('catalog has no treeCategories');
  });

  it('filters', () => {
    const cats = parseCatalog(data);
    const known = new Map([[2, { pkg: 'two', name: 'Two' }]]);
    expect(filterCatalog(cats, { category: 'two' }, known).map((c) => c.id)).toEqual([2]);
    expect(filterCatalog(cats, { category: 'One' }, known).map((c) => c.id)).toEqual([1]);
    expect(filterCatalog(cats, { api: 'y.two' }, known)).toEqual([{ id: 2, name: 'Two', apis: [{ id: 21, name: 'y.two' }] }]);
  });
});

describe('progress', () => {
  it('counts and ETA', () => {
    expect(formatProgress({ total: 4250, done: 412, saved: 400, skipped: 10, failed: 2, elapsedMs: 192_000, etaMs: 3_720_000 })).toBe(
      '412/4,250 APIs (400 saved, 10 skipped, 2 failed), 3m12s elapsed, ETA 1h02m',
    );
    expect(formatDuration(4_400)).toBe('4s');
  });
});
