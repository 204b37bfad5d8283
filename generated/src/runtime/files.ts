/** File helpers for `byte[]` params. Node-only (node:fs). */
import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import type { TopFile } from './types.js';
import type { ResolvedFile } from './multipart.js';

const TYPES: Record<string, string> = {
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.png': 'image/png',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.bmp': 'image/bmp',
  '.pdf': 'application/pdf',
  '.txt': 'text/plain',
  '.mp4': 'video/mp4',
  '.zip': 'application/zip',
};

/** Guesses a MIME type from a file name; `application/octet-stream` when unknown. */
export function mimeTypeOf(name: string): string {
  return TYPES[extname(name).toLowerCase()] ?? 'application/octet-stream';
}

/** Reads a file from disk into a `TopFile` (name = base name, type guessed from the extension). */
export async function fileFromPath(path: string, type?: string): Promise<TopFile> {
  const data = new Uint8Array(await readFile(path));
  const name = basename(path);
  return { name, data, type: type ?? mimeTypeOf(name) };
}

/** Reads any accepted file value into bytes + file name + content type. */
export async function resolveFile(file: TopFile | Uint8Array, field: string): Promise<ResolvedFile> {
  if (file instanceof Uint8Array) return { filename: field, contentType: 'application/octet-stream', data: file };
  if (typeof Blob !== 'undefined' && file instanceof Blob) {
    const name = (file as Blob & { name?: unknown }).name;
    const filename = typeof name === 'string' && name !== '' ? name : field;
    return { filename, contentType: file.type || mimeTypeOf(filename), data: new Uint8Array(await file.arrayBuffer()) };
  }
  const f = file as { name: string; data: Uint8Array; type?: string };
  return { filename: f.name || field, contentType: f.type ?? mimeTypeOf(f.name), data: f.data };
}
