/** Writes a spec as YAML: keys in the contract's order, text as the doc has it, byte-identical for the same spec. */
import { Document, isMap, isScalar, visit, Scalar } from 'yaml';
import type { ApiSpec, ParamSpec } from './types.js';
import { CONSTRAINT_KEYS } from './types.js';

export function writeSpec(spec: ApiSpec): string {
  const doc = new Document(toPlain(spec));
  visit(doc, {
    Pair(_, pair) {
      // `constraints: { maxListSize: 20 }` reads best on one line, as the contract shows it.
      if (isScalar(pair.key) && pair.key.value === 'constraints' && isMap(pair.value)) pair.value.flow = true;
    },
    Scalar(_, node) {
      // Multi-line doc text is easier to review as a block.
      if (typeof node.value === 'string' && node.value.includes('\n')) node.type = Scalar.BLOCK_LITERAL;
    },
  });
  return doc.toString({ lineWidth: 0, minContentWidth: 0, indentSeq: true });
}

function toPlain(spec: ApiSpec): Record<string, unknown> {
  const out: Record<string, unknown> = { api: spec.api, title: spec.title, description: spec.description };
  if (spec.docId !== undefined) out.docId = spec.docId;
  if (spec.category) out.category = { pkg: spec.category.pkg, name: spec.category.name, id: spec.category.id };
  if (spec.sources && spec.sources.length > 0) out.sources = [...spec.sources];
  out.request = spec.request.map(plainParam);
  out.response = spec.response.map(plainParam);
  return out;
}

function plainParam(p: ParamSpec): Record<string, unknown> {
  const out: Record<string, unknown> = { name: p.name, type: p.type };
  if (p.list) out.list = true;
  if (p.required !== undefined) out.required = p.required;
  if (p.example !== undefined) out.example = p.example;
  out.description = p.description;
  if (p.constraints) {
    const c: Record<string, number> = {};
    for (const key of CONSTRAINT_KEYS) if (p.constraints[key] !== undefined) c[key] = p.constraints[key];
    if (Object.keys(c).length > 0) out.constraints = c;
  }
  if (p.children && p.children.length > 0) out.children = p.children.map(plainParam);
  return out;
}
