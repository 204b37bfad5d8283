/** Nesting and value evidence from the samples, keyed by normalised param name. */
import type { Line } from './lines.js';
import { splitTypeText } from '../../spec/type-text.js';

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

/** What a sample says of one param: its entry, its literal value, the evidence for its fields. */
export interface TakenEvidence {
  entry: EvidenceEntry;
  value?: string;
  children?: Evidence;
}

/**
 * Takes the sample's entry for a param (each entry once, in the page's order): `'unknown'` when the sample has no
 * such name here, undefined when an earlier param of the same name took it.
 */
export function takeEvidence(ev: Evidence, param: { name: string; typeText: string }): TakenEvidence | 'unknown' | undefined {
  const key = evidenceKey(ev, param.name);
  const entry = ev.names.get(key);
  if (!entry) return 'unknown';
  if (ev.used.has(key)) return undefined;
  ev.used.add(key);
  const resolved = entry.resolve ? entry.resolve(splitTypeText(param.typeText).list) : entry;
  return { entry, ...(resolved.value !== undefined ? { value: resolved.value } : {}), ...(resolved.children ? { children: resolved.children } : {}) };
}

/**
 * The key under which `ev` knows param `name`: its own, or the Java SDK's text setter of a Json param
 * (`req.setExtString("{…}")` for `ext`) when the sample has no setter of the plain name.
 */
export function evidenceKey(ev: Evidence, name: string): string {
  const key = normName(name);
  return ev.names.has(key) || !ev.names.has(`${key}string`) ? key : `${key}string`;
}
