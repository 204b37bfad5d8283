/**
 * Saving downloads in the corpus layout: `<out>/<pkg>/<method with dots → _>.json` (the document: the handler's `data`)
 * and `<out>/<pkg>/catelog.json` (`{name, pkg, id}`).
 *
 * Formatting is fixed so the same data always gives the same bytes, and matches most of the existing corpus:
 * documents are `JSON.stringify(data, null, '\t')`, catelog files `JSON.stringify({name, pkg, id}, null, 2)`,
 * both without a trailing newline; key order is the site's. Files are written through a temporary file and a rename,
 * so an interrupted run never leaves half a file.
 */
import { randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { CatalogEntry } from './catalog.js';

export function docFileName(api: string): string {
  return `${api.replace(/\./g, '_').replace(/[^\w-]/g, '_')}.json`;
}

export function formatDocument(data: unknown): string {
  return JSON.stringify(data, null, '\t');
}

export function formatCatelog(category: { name: string; pkg: string; id: number }): string {
  return JSON.stringify({ name: category.name, pkg: category.pkg, id: category.id }, null, 2);
}

/**
 * True when `text` is a saved document for `entry`: it parses as a JSON object whose `name` is the entry's method
 * and whose `id`, when present, is the entry's id (the download of the same catalog entry, whatever its formatting).
 */
export function isCurrentDocument(text: string | undefined, entry: CatalogEntry): boolean {
  if (text === undefined) return false;
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch {
    return false;
  }
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const doc = v as { name?: unknown; id?: unknown };
  if (typeof doc.name !== 'string' || doc.name.trim() !== entry.name) return false;
  return doc.id === undefined || Number(doc.id) === entry.id;
}

export async function readIfExists(path: string): Promise<string | undefined> {
  return readFile(path, 'utf8').catch(() => undefined);
}

/** Writes `text` at `path` (folders made) unless the file already has exactly these bytes; true when written. */
export async function writeStable(path: string, text: string): Promise<boolean> {
  if ((await readIfExists(path)) === text) return false;
  await mkdir(dirname(path), { recursive: true });
  const tmp = `${path}.${randomUUID()}.tmp`;
  await writeFile(tmp, text);
  await rename(tmp, path);
  return true;
}

export function documentPath(outDir: string, pkg: string, api: string): string {
  return join(outDir, pkg, docFileName(api));
}
