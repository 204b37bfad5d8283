/**
 * Reads a spec YAML file back into an `ApiSpec`, checking its shape against the contract.
 * Problems come back as diagnostics pointing at the YAML line and the param path; a spec with a shape error is not returned.
 */
import { LineCounter, parseDocument, isMap, isSeq, isScalar } from 'yaml';
import type { Node, YAMLMap } from 'yaml';
import type { Diagnostic } from '../diagnostics.js';
import type { ApiSpec, CategoryRef, Constraints, ParamSpec } from './types.js';
import { CONSTRAINT_KEYS, PARAM_KEYS } from './types.js';

/** TOP201: not YAML; TOP202: a required key is missing or of the wrong type; TOP203: an unknown key. */
export const READ_CODES = { invalidYaml: 'TOP201', badShape: 'TOP202', unknownKey: 'TOP203' } as const;

export interface ReadSpecResult {
  spec?: ApiSpec;
  diagnostics: Diagnostic[];
  /** Line of each param path in the YAML (`request.param.detail_order_id` → 14), for later checks. */
  lines: Map<string, number>;
}

const SPEC_KEYS = new Set(['api', 'title', 'description', 'request', 'response', 'docId', 'category', 'sources']);
const PARAM_KEY_SET: ReadonlySet<string> = new Set(PARAM_KEYS);

export function readSpec(text: string, file: string): ReadSpecResult {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: false });
  const diagnostics: Diagnostic[] = [];
  const lines = new Map<string, number>();
  const lineOf = (node: Node | null | undefined): number => (node?.range ? lineCounter.linePos(node.range[0]).line : 0);
  const fail = (node: Node | null | undefined, message: string, path?: string, code: `TOP${number}` = READ_CODES.badShape, severity: Diagnostic['severity'] = 'error') => {
    diagnostics.push({ code, severity, message, file, line: lineOf(node) || 1, ...(path ? { path } : {}) });
  };
  if (doc.errors.length > 0) {
    for (const e of doc.errors) diagnostics.push({ code: READ_CODES.invalidYaml, severity: 'error', message: e.message.split('\n')[0] ?? e.message, file, line: e.linePos?.[0]?.line ?? 1 });
    return { diagnostics, lines };
  }
  const root = doc.contents;
  if (!isMap(root)) {
    fail(root, 'a spec is a YAML mapping with api, title, description, request and response');
    return { diagnostics, lines };
  }
  const str = (map: YAMLMap, key: string, path: string, required: boolean): string | undefined => {
    const node = map.get(key, true);
    if (node === undefined) {
      if (required) fail(map, `missing "${key}"`, path);
      return undefined;
    }
    if (!isScalar(node) || (typeof node.value !== 'string' && typeof node.value !== 'number')) {
      fail(node, `"${key}" must be text`, path);
      return undefined;
    }
    return String(node.value);
  };
  for (const item of root.items) {
    const key = isScalar(item.key) ? String(item.key.value) : '';
    if (!SPEC_KEYS.has(key)) fail(item.key as Node, `unknown key "${key}"`, undefined, READ_CODES.unknownKey, 'warning');
  }
  const api = str(root, 'api', 'api', true) ?? '';
  const params = (node: unknown, section: 'request' | 'response', path: string): ParamSpec[] => {
    if (node === undefined || node === null) return [];
    if (isScalar(node) && node.value === null) return [];
    if (!isSeq(node)) {
      fail(node as Node, `"${path}" must be a list of params`, path);
      return [];
    }
    const out: ParamSpec[] = [];
    for (const item of node.items) {
      if (!isMap(item)) {
        fail(item as Node, 'a param must be a mapping', path);
        continue;
      }
      const name = str(item, 'name', path, true) ?? '';
      const here = path.endsWith('[]') || path === section ? `${path}.${name}` : `${path}.${name}`;
      lines.set(here, lineOf(item));
      for (const pair of item.items) {
        const key = isScalar(pair.key) ? String(pair.key.value) : '';
        if (!PARAM_KEY_SET.has(key)) fail(pair.key as Node, `unknown param key "${key}"`, here, READ_CODES.unknownKey, 'warning');
      }
      const param: ParamSpec = { name, type: str(item, 'type', here, true) ?? '', description: '' };
      const list = item.get('list');
      if (list === true) param.list = true;
      else if (list !== undefined && list !== false) fail(item.get('list', true) as Node, '"list" must be true or absent', here);
      const required = item.get('required');
      if (typeof required === 'boolean') param.required = required;
      else if (required !== undefined) fail(item.get('required', true) as Node, '"required" must be true or false', here);
      const example = str(item, 'example', here, false);
      if (example !== undefined) param.example = example;
      param.description = str(item, 'description', here, false) ?? '';
      const c = item.get('constraints', true);
      if (c !== undefined) {
        if (!isMap(c)) fail(c as Node, '"constraints" must be a mapping', here);
        else {
          const constraints: Constraints = {};
          for (const key of CONSTRAINT_KEYS) {
            const v = c.get(key);
            if (typeof v === 'number') constraints[key] = v;
            else if (v !== undefined) fail(c.get(key, true) as Node, `constraint "${key}" must be a number`, here);
          }
          param.constraints = constraints;
        }
      }
      const byDefault = str(item, 'default', here, false);
      if (byDefault !== undefined) param.default = byDefault;
      const children = item.get('children', true);
      if (children !== undefined) {
        const kids = params(children, section, param.list ? `${here}[]` : here);
        if (kids.length > 0) param.children = kids;
      }
      out.push(param);
    }
    return out;
  };
  const spec: ApiSpec = {
    api,
    title: str(root, 'title', 'title', false) ?? '',
    description: str(root, 'description', 'description', false) ?? '',
    request: params(root.get('request', true), 'request', 'request'),
    response: params(root.get('response', true), 'response', 'response'),
  };
  const docId = root.get('docId');
  if (typeof docId === 'number') spec.docId = docId;
  const category = root.get('category', true);
  if (isMap(category)) {
    const pkg = category.get('pkg');
    const name = category.get('name');
    const id = category.get('id');
    if (typeof pkg === 'string' && typeof id === 'number') spec.category = { pkg, name: typeof name === 'string' ? name : '', id } satisfies CategoryRef;
    else fail(category, '"category" needs pkg (text) and id (number)', 'category');
  }
  const sources = root.get('sources');
  if (isSeq(sources)) spec.sources = sources.items.map((s) => String(isScalar(s) ? s.value : s));
  if (diagnostics.some((d) => d.severity === 'error')) return { diagnostics, lines };
  return { spec, diagnostics, lines };
}
