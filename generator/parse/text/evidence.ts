/** Nesting and value evidence from the samples, keyed by normalised param name. */
import type { Line } from './lines.js';

export interface EvidenceEntry {
  /** As the sample writes it: `setFooBar`, `<foo_bar>`. */
  name: string;
  line: Line;
  /** Literal value, for confirming an example cell. */
  value?: string;
  /** Evidence for the children of an object param. */
  children?: Evidence;
  /** XML: children and value depend on whether the param is a list (items are wrapped). */
  resolve?: (list: boolean) => { value?: string; children?: Evidence };
}

export interface Evidence {
  names: Map<string, EvidenceEntry>;
  /** Keys matched by a param so far. */
  used: Set<string>;
}

/** `goods_d_t_o_list`, `GoodsDTOList`, `goods_dto_list` → `goodsdtolist`: setters and params meet here. */
export function normName(name: string): string {
  return name.replace(/[_.\-]/g, '').toLowerCase();
}

/**
 * The key under which `ev` knows param `name`: its own, or the Java SDK's text setter of a Json param
 * (`req.setExtString("{…}")` for `ext`) when the sample has no setter of the plain name.
 */
export function evidenceKey(ev: Evidence, name: string): string {
  const key = normName(name);
  return ev.names.has(key) || !ev.names.has(`${key}string`) ? key : `${key}string`;
}
