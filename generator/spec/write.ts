/**
 * Writes a spec as YAML: keys in the contract's order, text as the doc has it, byte-identical for the same spec.
 * Hand-written for the spec's fixed shape (the generic YAML library was the slowest step of `generate`);
 * `readSpec` (the `yaml` library) reads it back, and a test checks that over the whole corpus.
 */
import type { ApiSpec, ParamSpec } from './types.js';
import { CONSTRAINT_KEYS } from './types.js';

export function writeSpec(spec: ApiSpec): string {
  const out: string[] = [`api: ${scalar(spec.api)}`, `title: ${scalar(spec.title)}`, `description: ${scalar(spec.description)}`];
  if (spec.docId !== undefined) out.push(`docId: ${spec.docId}`);
  if (spec.category) out.push('category:', `  pkg: ${scalar(spec.category.pkg)}`, `  name: ${scalar(spec.category.name)}`, `  id: ${spec.category.id}`);
  if (spec.sources && spec.sources.length > 0) out.push('sources:', ...spec.sources.map((s) => `  - ${scalar(s)}`));
  writeParams(out, 'request', spec.request, '');
  writeParams(out, 'response', spec.response, '');
  return `${out.join('\n')}\n`;
}

function writeParams(out: string[], key: string, params: readonly ParamSpec[], indent: string): void {
  if (params.length === 0) {
    out.push(`${indent}${key}: []`);
    return;
  }
  out.push(`${indent}${key}:`);
  for (const p of params) {
    const at = `${indent}    `;
    out.push(`${indent}  - name: ${scalar(p.name)}`, `${at}type: ${scalar(p.type)}`);
    if (p.list) out.push(`${at}list: true`);
    if (p.required !== undefined) out.push(`${at}required: ${p.required}`);
    if (p.example !== undefined) out.push(`${at}example: ${scalar(p.example)}`);
    out.push(`${at}description: ${scalar(p.description)}`);
    if (p.constraints) {
      const c = CONSTRAINT_KEYS.filter((k) => p.constraints?.[k] !== undefined).map((k) => `${k}: ${p.constraints?.[k]}`);
      if (c.length > 0) out.push(`${at}constraints: { ${c.join(', ')} }`);
    }
    if (p.default !== undefined) out.push(`${at}default: ${scalar(p.default)}`);
    if (p.children && p.children.length > 0) writeParams(out, 'children', p.children, at);
  }
}

/**
 * Text as a plain YAML scalar when that reads back as the same string, otherwise double-quoted
 * (JSON string syntax is valid YAML double-quoted syntax).
 */
export function scalar(text: string): string {
  return isPlainSafe(text) ? text : JSON.stringify(text);
}

/** Words YAML 1.2's core schema would read as something other than a string. */
const NON_STRING = /^(?:~|null|Null|NULL|true|True|TRUE|false|False|FALSE|[-+]?(?:\.inf|\.Inf|\.INF)|\.nan|\.NaN|\.NAN|[-+]?[0-9][0-9_]*(?:\.[0-9_]*)?(?:[eE][-+]?[0-9]+)?|[-+]?\.[0-9]+(?:[eE][-+]?[0-9]+)?|0o[0-7]+|0x[0-9a-fA-F]+)$/;

function isPlainSafe(text: string): boolean {
  if (text === '' || text !== text.trim()) return false;
  if (NON_STRING.test(text)) return false;
  // Indicators that may not start a plain scalar, and sequences that end or comment one.
  if (/^[-?:,[\]{}#&*!|>'"%@`]/.test(text)) return false;
  if (/: |:$| #|[\t]/.test(text)) return false;
  // Line breaks (incl. YAML 1.1's NEL/LS/PS that some parsers honour), other control characters, BOM.
  if (/[\u0000-\u001f\u007f-\u009f\u2028\u2029\ufeff]/.test(text)) return false;
  // Flow indicators are harmless in block context but make diffs ambiguous to read; quote them.
  return !/[{}[\],]/.test(text) || !/^[{[]/.test(text);
}
