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
