/** Test helpers: vector loading and flat-schema conversion. */
import { readFileSync } from 'node:fs';
import type { ObjectSchema } from '../../runtime/src/schema.js';

export const vectors = JSON.parse(
  readFileSync(new URL('../fixtures/protocol/top-vectors.json', import.meta.url), 'utf8'),
) as Record<string, any>;

const SCALARS = ['String', 'Number', 'Boolean', 'Date', 'Price', 'Field List', 'Json', 'byte'];

/** Converts the vectors' flat schema (`"trades": "Trade[]", "trades[].tid": "Number"`) to an ObjectSchema. */
export function flatToSchema(flat: Record<string, string> | undefined): ObjectSchema | undefined {
  if (!flat) return undefined;
  const root: Record<string, any> = {};
  for (const [path, type] of Object.entries(flat)) {
    const segs = path.split('.');
    let cur: any = root;
    for (const seg of segs.slice(0, -1)) {
      const f = cur[seg.replace(/\[\]$/, '')];
      cur = Array.isArray(f) ? f[0] : f;
    }
    const isList = type.endsWith('[]') && type !== 'byte[]';
    const base = isList ? type.slice(0, -2) : type;
    const t = SCALARS.includes(base) || base === 'byte[]' ? base : {};
    cur[segs.at(-1)!.replace(/\[\]$/, '')] = isList ? [t] : t;
  }
  return root as ObjectSchema;
}

/** Numbers and bigints → decimal text, so values compare the same in every Int64 mode. */
export function canon(v: unknown): unknown {
  if (typeof v === 'number' || typeof v === 'bigint') return String(v);
  if (Array.isArray(v)) return v.map(canon);
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, canon(x)]));
  return v;
}
