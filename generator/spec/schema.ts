/**
 * A tiny validator for the JSON Schema subset `specs/spec.schema.json` uses (draft 2020-12: type, required,
 * properties, additionalProperties: false, items, local $ref, enum, minLength), so specs can be checked against
 * the published schema without a dependency. Errors are TOP225 diagnostics with the JSON pointer of the value.
 */
import { readFileSync } from 'node:fs';
import type { Diagnostic } from '../diagnostics.js';
import { SPEC_CODES } from './codes.js';

export interface JsonSchema {
  type?: string | string[];
  required?: string[];
  properties?: Record<string, JsonSchema>;
  additionalProperties?: boolean;
  items?: JsonSchema;
  $ref?: string;
  $defs?: Record<string, JsonSchema>;
  enum?: unknown[];
  minLength?: number;
  [key: string]: unknown;
}

let cached: JsonSchema | undefined;

/** The spec schema shipped in `specs/spec.schema.json`. */
export function specSchema(): JsonSchema {
  cached ??= JSON.parse(readFileSync(new URL('../../specs/spec.schema.json', import.meta.url), 'utf8')) as JsonSchema;
  return cached;
}

export interface SchemaError {
  /** JSON pointer of the offending value: `/response/0/children/1/type`. */
  pointer: string;
  message: string;
}

export function validateSchema(value: unknown, schema: JsonSchema = specSchema()): SchemaError[] {
  const errors: SchemaError[] = [];
  const resolve = (s: JsonSchema): JsonSchema => {
    let cur = s;
    for (let guard = 0; cur.$ref !== undefined && guard < 32; guard++) {
      const m = /^#\/\$defs\/(.+)$/.exec(cur.$ref);
      const next = m ? schema.$defs?.[m[1]!] : undefined;
      if (!next) throw new Error(`unsupported $ref ${cur.$ref}`);
      cur = { ...next, ...Object.fromEntries(Object.entries(cur).filter(([k]) => k !== '$ref' && k !== 'description')) };
    }
    return cur;
  };
  const typeOf = (v: unknown): string => (v === null ? 'null' : Array.isArray(v) ? 'array' : Number.isInteger(v) ? 'integer' : typeof v);
  const visit = (v: unknown, raw: JsonSchema, pointer: string, depth: number) => {
    if (depth > 200) {
      errors.push({ pointer, message: 'nested too deeply to validate' });
      return;
    }
    const s = resolve(raw);
    if (s.type !== undefined) {
      const types = Array.isArray(s.type) ? s.type : [s.type];
      const t = typeOf(v);
      if (!types.includes(t) && !(t === 'integer' && types.includes('number'))) {
        errors.push({ pointer, message: `must be ${types.join(' or ')}, not ${t}` });
        return;
      }
    }
    if (s.enum && !s.enum.includes(v)) errors.push({ pointer, message: `must be one of ${s.enum.map((e) => JSON.stringify(e)).join(', ')}` });
    if (typeof v === 'string' && s.minLength !== undefined && v.length < s.minLength) errors.push({ pointer, message: `must have at least ${s.minLength} characters` });
    if (Array.isArray(v) && s.items) v.forEach((item, i) => visit(item, s.items!, `${pointer}/${i}`, depth + 1));
    if (typeof v === 'object' && v !== null && !Array.isArray(v)) {
      const obj = v as Record<string, unknown>;
      for (const key of s.required ?? []) if (!(key in obj)) errors.push({ pointer, message: `missing "${key}"` });
      for (const [key, child] of Object.entries(obj)) {
        const sub = s.properties?.[key];
        if (sub) visit(child, sub, `${pointer}/${key}`, depth + 1);
        else if (s.additionalProperties === false) errors.push({ pointer: `${pointer}/${key}`, message: `unknown key "${key}"` });
      }
    }
  };
  visit(value, schema, '', 0);
  return errors;
}

/** Schema errors as diagnostics (line 0: the caller maps pointers to lines when it has them). */
export function schemaDiagnostics(value: unknown, file: string): Diagnostic[] {
  return validateSchema(value).map((e) => ({ code: SPEC_CODES.schemaViolation, severity: 'error', message: `${e.pointer || '/'} ${e.message}`, file, line: 0 }));
}
