/**
 * Front-end for the doc site's JSON metadata (`getDocument.json`'s `data`, the corpus files): lossless by construction.
 * Every field the document has lands in the spec; what does not fit the contract becomes a diagnostic.
 */
import type { Diagnostic } from '../diagnostics.js';
import type { ApiSpec, CategoryRef, Constraints, ParamSpec } from '../spec/types.js';
import { CONSTRAINT_KEYS } from '../spec/types.js';
import { splitTypeText } from '../spec/type-text.js';

/** TOP101: not JSON; TOP102: JSON but not an API document; TOP103: a param without a type; TOP104: unknown field. */
export const JSON_CODES = {
  invalidJson: 'TOP101',
  notAnApiDocument: 'TOP102',
  missingType: 'TOP103',
  unknownField: 'TOP104',
} as const;

export interface DocJsonInput {
  text: string;
  file: string;
  category?: CategoryRef;
}

export interface ParseResult {
  spec?: ApiSpec;
  diagnostics: Diagnostic[];
}

const KNOWN_DOC_KEYS = new Set(['name', 'apiChineseName', 'description', 'id', 'requestParams', 'responseParams']);
const KNOWN_PARAM_KEYS = new Set(['name', 'type', 'description', 'required', 'subParams', ...CONSTRAINT_KEYS]);

/** True when `value` looks like one API's doc-site JSON document. */
export function isDocJson(value: unknown): value is Record<string, unknown> {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    typeof (value as { name?: unknown }).name === 'string' &&
    ('requestParams' in value || 'responseParams' in value || 'apiChineseName' in value)
  );
}

export function parseDocJson(input: DocJsonInput): ParseResult {
  let value: unknown;
  try {
    value = JSON.parse(input.text);
  } catch (error) {
    return { diagnostics: [fileDiagnostic(input.file, JSON_CODES.invalidJson, `not valid JSON: ${(error as Error).message}`)] };
  }
  // The handler's envelope `{success, data: {...}}` is accepted too, so a raw download parses as it is.
  if (isEnvelope(value)) value = value.data;
  if (!isDocJson(value)) {
    return { diagnostics: [fileDiagnostic(input.file, JSON_CODES.notAnApiDocument, 'JSON document has no API `name` with request or response params')] };
  }
  return convertDocument(value, input);
}

function convertDocument(doc: Record<string, unknown>, input: DocJsonInput): ParseResult {
  const diagnostics: Diagnostic[] = [];
  const api = String(doc.name).trim();
  const lines = lineIndex(input.text);
  const report = (code: `TOP${number}`, severity: Diagnostic['severity'], message: string, path: string, needle?: string) => {
    diagnostics.push({ code, severity, message, file: input.file, line: needle ? lines(needle) : 0, api, path });
  };
  for (const key of Object.keys(doc)) {
    if (!KNOWN_DOC_KEYS.has(key)) report(JSON_CODES.unknownField, 'warning', `unknown document field "${key}" is not carried into the spec`, '', `"${key}"`);
  }
  const convertList = (raw: unknown, section: 'request' | 'response', path: string): ParamSpec[] => {
    if (!Array.isArray(raw)) return [];
    return raw.map((p, i) => convertParam(p, section, `${path}[${i}]`));
  };
  const convertParam = (raw: unknown, section: 'request' | 'response', path: string): ParamSpec => {
    const p = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
    const name = typeof p.name === 'string' ? p.name.trim() : '';
    const here = `${path.replace(/\[\d+\]$/, '')}.${name}`;
    const typeText = typeof p.type === 'string' ? p.type : '';
    if (typeText.trim() === '') report(JSON_CODES.missingType, 'warning', `"${name}" has no type in the document`, here, `"name": "${name}"`);
    const { type, list } = splitTypeText(typeText);
    const param: ParamSpec = { name, type, description: '' };
    if (list) param.list = true;
    if (section === 'request') param.required = p.required === true;
    param.description = typeof p.description === 'string' ? p.description.trim() : '';
    const constraints: Constraints = {};
    for (const key of CONSTRAINT_KEYS) {
      const v = p[key];
      if (typeof v === 'number' && Number.isFinite(v)) constraints[key] = v;
      else if (typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v))) constraints[key] = Number(v);
    }
    if (Object.keys(constraints).length > 0) param.constraints = constraints;
    for (const key of Object.keys(p)) {
      if (!KNOWN_PARAM_KEYS.has(key)) report(JSON_CODES.unknownField, 'warning', `unknown param field "${key}" is not carried into the spec`, here, `"${key}"`);
    }
    const children = convertList(p.subParams, section, `${here}`);
    if (children.length > 0) param.children = children;
    return param;
  };
  const spec: ApiSpec = {
    api,
    title: typeof doc.apiChineseName === 'string' ? doc.apiChineseName.trim() : '',
    description: typeof doc.description === 'string' ? doc.description.trim() : '',
    request: convertList(doc.requestParams, 'request', 'request'),
    response: convertList(doc.responseParams, 'response', 'response'),
  };
  if (typeof doc.id === 'number') spec.docId = doc.id;
  if (input.category) spec.category = input.category;
  return { spec, diagnostics };
}

export function isEnvelope(value: unknown): value is { data: unknown } {
  return typeof value === 'object' && value !== null && 'success' in value && 'data' in value && !('name' in value);
}

function fileDiagnostic(file: string, code: `TOP${number}`, message: string): Diagnostic {
  return { code, severity: 'error', message, file, line: 1 };
}

/** Line of the first occurrence of `needle` (1-based), 0 when absent: good enough to point a reader at a field. */
function lineIndex(text: string): (needle: string) => number {
  return (needle) => {
    const at = text.indexOf(needle);
    if (at < 0) return 0;
    let line = 1;
    for (let i = text.indexOf('\n'); i >= 0 && i < at; i = text.indexOf('\n', i + 1)) line++;
    return line;
  };
}
