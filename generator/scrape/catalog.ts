/**
 * The doc site's API catalog (`getApiCatelogConfig.json`'s `data`): each catalog tree is a category, each of its
 * `catelogList` entries an API whose `name` is the method. Plus the category id → folder slug table read from an
 * existing corpus's `<pkg>/catelog.json` files.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

export interface CatalogEntry {
  /** The entry's id: the `docId` to ask `getDocument.json` for. */
  id: number;
  /** The method, e.g. `tmall.exchange.message.add`. */
  name: string;
  docType?: number;
}

export interface CatalogCategory {
  id: number;
  name: string;
  apis: CatalogEntry[];
}

export interface KnownCategory {
  pkg: string;
  name: string;
}

export const CATALOG_PATH = '/handler/document/getApiCatelogConfig.json';
export const CATALOG_QUERY = { scopeId: '', treeId: '', docId: 285, docType: 2, tag: '' } as const;
export const DOCUMENT_PATH = '/handler/document/getDocument.json';
export const documentQuery = (id: number) => ({ isEn: 'false', treeId: '', docId: id, docType: 2 });

/** Categories of the catalog, in the site's order; entries without a method name or numeric id are dropped. */
export function parseCatalog(data: unknown): CatalogCategory[] {
  const out: CatalogCategory[] = [];
  const trees = (data as { treeCategories?: unknown } | null)?.treeCategories;
  if (!Array.isArray(trees)) throw new Error('catalog has no treeCategories');
  for (const tree of trees) {
    const catelogTrees = (tree as { catelogTrees?: unknown } | null)?.catelogTrees;
    if (!Array.isArray(catelogTrees)) continue;
    for (const c of catelogTrees as Record<string, unknown>[]) {
      const id = toNumber(c?.id);
      if (id === undefined) continue;
      const apis: CatalogEntry[] = [];
      for (const e of Array.isArray(c.catelogList) ? (c.catelogList as Record<string, unknown>[]) : []) {
        const eid = toNumber(e?.id);
        const name = typeof e?.name === 'string' ? e.name.trim() : '';
        if (eid === undefined || name === '') continue;
        const docType = toNumber(e.docType);
        apis.push({ id: eid, name, ...(docType === undefined ? {} : { docType }) });
      }
      out.push({ id, name: typeof c.name === 'string' ? c.name : '', apis });
    }
  }
  return out;
}

export interface CatalogFilter {
  /** Category id, its name, or its known folder slug. */
  category?: string;
  /** Method name. */
  api?: string;
}

/** The categories and APIs the filter keeps (categories left empty are dropped). */
export function filterCatalog(categories: readonly CatalogCategory[], filter: CatalogFilter, known: ReadonlyMap<number, KnownCategory>): CatalogCategory[] {
  const wanted = filter.category?.trim();
  return categories
    .filter((c) => !wanted || String(c.id) === wanted || c.name === wanted || known.get(c.id)?.pkg === wanted)
    .map((c) => ({ ...c, apis: filter.api ? c.apis.filter((a) => a.name === filter.api) : c.apis }))
    .filter((c) => c.apis.length > 0);
}

/** id → `{pkg, name}` from `<dir>/*\/catelog.json`; a missing folder gives an empty table. */
export async function loadKnownCategories(dir: string): Promise<Map<number, KnownCategory>> {
  const out = new Map<number, KnownCategory>();
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  for (const e of entries) {
    if (!e.isDirectory()) continue;
    const text = await readFile(join(dir, e.name, 'catelog.json'), 'utf8').catch(() => undefined);
    if (text === undefined) continue;
    try {
      const v = JSON.parse(text) as { pkg?: unknown; name?: unknown; id?: unknown };
      const id = toNumber(v.id);
      if (id !== undefined) out.set(id, { pkg: typeof v.pkg === 'string' ? v.pkg : e.name, name: typeof v.name === 'string' ? v.name : '' });
    } catch {
      // Not JSON: not a category folder.
    }
  }
  return out;
}

/** The folder a category is saved in: its known slug, or its id. */
export function categoryPkg(id: number, known: ReadonlyMap<number, KnownCategory>): string {
  return known.get(id)?.pkg ?? String(id);
}

function toNumber(v: unknown): number | undefined {
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  if (typeof v === 'string' && /^\d+$/.test(v)) return Number(v);
  return undefined;
}
