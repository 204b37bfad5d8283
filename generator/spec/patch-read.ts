/** Reading patch files: YAML with line numbers, every key and field checked, bad ones reported where they stand. */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { isMap, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import type { Node, YAMLMap } from 'yaml';
import type { Diagnostic } from '../diagnostics.js';
import { SPEC_CODES } from './codes.js';
import type { LoadPatchesResult, PatchOp, SpecPatch } from './patch.js';
import type { Constraints, ParamSpec } from './types.js';
import { CONSTRAINT_KEYS, PARAM_KEYS } from './types.js';

const PATCH_KEYS = new Set(['api', 'reason', 'ops']);
const OP_KEYS = new Set(['path', 'set', 'remove', 'add', 'occurrence']);
const PARAM_FIELDS: ReadonlySet<string> = new Set(PARAM_KEYS);

/** Reads every `*.yaml`/`*.yml` under `dir` (recursively); a missing folder is no patches. */
export async function loadPatches(dir: string, cwd: string): Promise<LoadPatchesResult> {
  const files: string[] = [];
  const walk = async (d: string) => {
    const entries = await readdir(d, { withFileTypes: true }).catch(() => []);
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      if (e.name.startsWith('.')) continue;
      const full = join(d, e.name);
      if (e.isDirectory()) await walk(full);
      else if (/\.ya?ml$/.test(e.name)) files.push(full);
    }
  };
  await walk(resolve(cwd, dir));
  const patches: SpecPatch[] = [];
  const diagnostics: Diagnostic[] = [];
  const byApi = new Map<string, string>();
  for (const abs of files) {
    const file = relative(cwd, abs).split('\\').join('/');
    const r = parsePatch(await readFile(abs, 'utf8'), file);
    diagnostics.push(...r.diagnostics);
    if (!r.patch) continue;
    const other = byApi.get(r.patch.api);
    if (other) {
      diagnostics.push({ code: SPEC_CODES.duplicatePatch, severity: 'error', message: `a second patch for ${r.patch.api}; ${other} has one already`, file, line: 1, api: r.patch.api });
      continue;
    }
    byApi.set(r.patch.api, file);
    patches.push(r.patch);
  }
  return { patches, diagnostics };
}

/** Parses one patch file; malformed files come back as TOP401/TOP403 diagnostics with their line. */
export function parsePatch(text: string, file: string): { patch?: SpecPatch; diagnostics: Diagnostic[] } {
  const lineCounter = new LineCounter();
  const diagnostics: Diagnostic[] = [];
  let doc;
  try {
    doc = parseDocument(text, { lineCounter, uniqueKeys: false });
  } catch (error) {
    return { diagnostics: [{ code: SPEC_CODES.malformedPatch, severity: 'error', message: `not YAML: ${(error as Error).message.split('\n')[0]}`, file, line: 1 }] };
  }
  const lineOf = (node: unknown): number => {
    const range = (node as Node | null | undefined)?.range;
    return range ? lineCounter.linePos(range[0]).line : 1;
  };
  const bad = (node: unknown, message: string, code: `TOP${number}` = SPEC_CODES.malformedPatch) => {
    diagnostics.push({ code, severity: 'error', message, file, line: lineOf(node) });
  };
  if (doc.errors.length > 0) {
    for (const e of doc.errors) diagnostics.push({ code: SPEC_CODES.malformedPatch, severity: 'error', message: `not YAML: ${e.message.split('\n')[0]}`, file, line: e.linePos?.[0]?.line ?? 1 });
    return { diagnostics };
  }
  const root = doc.contents;
  if (!isMap(root)) {
    bad(root, 'a patch is a YAML mapping with api, reason and ops');
    return { diagnostics };
  }
  for (const pair of root.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    if (!PATCH_KEYS.has(key)) bad(pair.key, `unknown patch key "${key}"`);
  }
  const api: unknown = root.toJSON().api;
  const reason: unknown = root.toJSON().reason;
  if (typeof api !== 'string' || api.trim() === '') bad(root.get('api', true) ?? root, 'a patch needs "api", the method it patches');
  if (typeof reason !== 'string' || reason.trim() === '') bad(root.get('reason', true) ?? root, 'a patch needs "reason", the evidence for the change');
  const opsNode = root.get('ops', true);
  const ops: PatchOp[] = [];
  if (!isSeq(opsNode) || opsNode.items.length === 0) bad(opsNode ?? root, 'a patch needs "ops", a list of set, remove or add');
  else {
    for (const item of opsNode.items) {
      const op = readOp(item, (node, message) => bad(node, message, SPEC_CODES.badPatchOp), lineOf);
      if (op) ops.push(op);
    }
  }
  if (diagnostics.length > 0) return { diagnostics };
  return { patch: { api: api as string, reason: (reason as string).trim(), ops, file }, diagnostics };
}

function readOp(item: unknown, bad: (node: unknown, message: string) => void, lineOf: (node: unknown) => number): PatchOp | undefined {
  if (!isMap(item)) {
    bad(item, 'a patch op is a mapping with path and one of set, remove or add');
    return undefined;
  }
  let ok = true;
  for (const pair of item.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    if (!OP_KEYS.has(key)) {
      bad(pair.key, `unknown op key "${key}"`);
      ok = false;
    }
  }
  const path = item.get('path');
  if (typeof path !== 'string' || !/^(request|response)(\.|$)/.test(path)) {
    bad(item.get('path', true) ?? item, 'an op needs "path", starting with request or response');
    return undefined;
  }
  const kinds = ['set', 'remove', 'add'].filter((k) => item.has(k));
  if (kinds.length !== 1) {
    bad(item, `an op has exactly one of set, remove or add (found ${kinds.length === 0 ? 'none' : kinds.join(', ')})`);
    return undefined;
  }
  const occurrenceValue = item.get('occurrence');
  let occurrence: number | undefined;
  if (occurrenceValue !== undefined) {
    if (typeof occurrenceValue !== 'number' || !Number.isInteger(occurrenceValue) || occurrenceValue < 1) {
      bad(item.get('occurrence', true), '"occurrence" is a whole number from 1');
      return undefined;
    }
    occurrence = occurrenceValue;
    if (kinds[0] === 'add') {
      // `add` appends to the object at `path`; there is no duplicate to pick, and ignoring it would hide a mistake.
      bad(item.get('occurrence', true), '"occurrence" picks among duplicate params for set and remove; add appends and takes none');
      return undefined;
    }
  }
  const line = lineOf(item);
  const at = occurrence === undefined ? {} : { occurrence };
  if (kinds[0] === 'remove') {
    if (item.get('remove') !== true) {
      bad(item.get('remove', true), '"remove" must be true');
      return undefined;
    }
    return ok ? { path, remove: true, ...at, line } : undefined;
  }
  const body = item.get(kinds[0]!, true);
  const fields = readParamFields(body, bad, kinds[0] === 'add');
  if (!fields || !ok) return undefined;
  if (kinds[0] === 'add') return { path, add: fields as ParamSpec, line };
  return { path, set: fields, ...at, line };
}

type ParamFields = Partial<Omit<ParamSpec, 'list'>> & { list?: boolean };

function readParamFields(node: unknown, bad: (node: unknown, message: string) => void, whole: boolean): ParamFields | undefined {
  if (!isMap(node)) {
    bad(node, 'set and add take a mapping of param fields');
    return undefined;
  }
  const map = node as YAMLMap;
  const out: ParamFields = {};
  let ok = true;
  const fail = (n: unknown, message: string) => {
    bad(n, message);
    ok = false;
  };
  for (const pair of map.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    const value = isScalar(pair.value) ? pair.value.value : (pair.value as Node | null)?.toJSON?.();
    if (!PARAM_FIELDS.has(key)) {
      fail(pair.key, `unknown param field "${key}"`);
      continue;
    }
    switch (key) {
      case 'name':
      case 'type':
      case 'example':
      case 'description':
      case 'default':
        if (typeof value === 'string' || typeof value === 'number') out[key] = String(value);
        else fail(pair.value, `"${key}" must be text`);
        break;
      case 'list':
        if (typeof value === 'boolean') out.list = value;
        else fail(pair.value, '"list" must be true or false');
        break;
      case 'required':
        if (typeof value === 'boolean') out.required = value;
        else fail(pair.value, '"required" must be true or false');
        break;
      case 'constraints': {
        const c: Constraints = {};
        if (typeof value !== 'object' || value === null || Array.isArray(value)) fail(pair.value, '"constraints" must be a mapping');
        else
          for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
            if ((CONSTRAINT_KEYS as readonly string[]).includes(k) && typeof v === 'number') c[k as keyof Constraints] = v;
            else fail(pair.value, `constraint "${k}" is not a known numeric constraint`);
          }
        out.constraints = c;
        break;
      }
      case 'children': {
        if (!isSeq(pair.value)) {
          fail(pair.value, '"children" must be a list of params');
          break;
        }
        const kids: ParamSpec[] = [];
        for (const kid of pair.value.items) {
          const k = readParamFields(kid, bad, true);
          if (k) kids.push(k as ParamSpec);
          else ok = false;
        }
        out.children = kids;
        break;
      }
    }
  }
  if (whole && ok) {
    if (typeof out.name !== 'string' || out.name === '' || typeof out.type !== 'string') {
      fail(node, 'an added param needs "name" and "type"');
    } else {
      out.description ??= '';
      if (out.list === false) delete out.list;
    }
  }
  return ok ? out : undefined;
}
