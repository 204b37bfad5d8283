/**
 * Patches: small YAML files (`patches/<api>.yaml`) that fix what a doc gets wrong, applied after parsing and before
 * emitting. Each names the API, gives the evidence in `reason`, and lists ops on param paths:
 *
 *   api: taobao.jst.sms.message.send
 *   reason: the doc site drops the type of Map fields; "短信内容参数, ${url}…" is a key-value map
 *   ops:
 *     - path: request.send_message_request.params
 *       set: { type: Json }
 *     - path: response.result.old_field
 *       remove: true
 *     - path: request.param
 *       add: { name: new_field, type: String, description: … }
 *
 * A path is a param path as diagnostics print it (`[]` list markers optional). `add` puts the new param under the
 * path (`request`, `response` or an object param). `occurrence: 2` picks the second of duplicate params.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { isMap, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import type { Node, YAMLMap } from 'yaml';
import type { Diagnostic } from '../diagnostics.js';
import { SPEC_CODES } from './codes.js';
import type { ApiSpec, Constraints, ParamSpec } from './types.js';
import { CONSTRAINT_KEYS } from './types.js';

export type PatchOp =
  | { path: string; set: Partial<Omit<ParamSpec, 'list'>> & { list?: boolean }; occurrence?: number; line?: number }
  | { path: string; remove: true; occurrence?: number; line?: number }
  | { path: string; add: ParamSpec; line?: number };

export interface SpecPatch {
  api: string;
  reason: string;
  ops: PatchOp[];
  /** Where the patch came from, for diagnostics (`patches/x.yaml`); empty for patches made in code. */
  file?: string;
}

export interface LoadPatchesResult {
  patches: SpecPatch[];
  diagnostics: Diagnostic[];
}

export interface ApplyPatchesResult {
  spec: ApiSpec;
  /** One line per op applied: `patches/x.yaml: set response.result.record`. */
  applied: string[];
  diagnostics: Diagnostic[];
}

const PATCH_KEYS = new Set(['api', 'reason', 'ops']);
const OP_KEYS = new Set(['path', 'set', 'remove', 'add', 'occurrence']);
const PARAM_FIELDS = new Set(['name', 'type', 'list', 'required', 'example', 'description', 'constraints', 'children']);

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

interface Slot {
  path: string;
  siblings: ParamSpec[];
  param: ParamSpec;
}

function slots(spec: ApiSpec): Slot[] {
  const out: Slot[] = [];
  const walk = (params: ParamSpec[], path: string) => {
    for (const p of params) {
      const here = `${path}.${p.name}`;
      out.push({ path: here, siblings: params, param: p });
      if (p.children) walk(p.children, p.list ? `${here}[]` : here);
    }
  };
  walk(spec.request, 'request');
  walk(spec.response, 'response');
  return out;
}

const bare = (path: string) => path.replace(/\[\]/g, '');

/** Applies the patches naming `spec.api` (others are ignored), in order, to a copy of `spec`. */
export function applyPatches(spec: ApiSpec, patches: readonly SpecPatch[]): ApplyPatchesResult {
  const out = structuredClone(spec);
  const applied: string[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const patch of patches) {
    if (patch.api !== spec.api) continue;
    const file = patch.file ?? '';
    for (const op of patch.ops) {
      const where = { file, line: op.line ?? 0, api: spec.api, path: op.path };
      const want = bare(op.path);
      if ('add' in op) {
        const parent = want === 'request' ? out.request : want === 'response' ? out.response : undefined;
        let target = parent;
        if (!target) {
          const found = slots(out).filter((s) => bare(s.path) === want);
          if (found.length === 0) {
            diagnostics.push({ code: SPEC_CODES.patchTargetMissing, severity: 'warning', message: `cannot add "${op.add.name}": ${op.path} is not in the spec`, ...where });
            continue;
          }
          found[0]!.param.children ??= [];
          target = found[0]!.param.children;
        }
        if (target.some((p) => p.name === op.add.name)) {
          diagnostics.push({ code: SPEC_CODES.patchAddExists, severity: 'warning', message: `"${op.add.name}" already exists under ${op.path}; not added again`, ...where });
          continue;
        }
        target.push(structuredClone(op.add));
        applied.push(`${file}: add ${op.path}.${op.add.name}`);
        continue;
      }
      const found = slots(out).filter((s) => bare(s.path) === want);
      if (found.length === 0) {
        diagnostics.push({ code: SPEC_CODES.patchTargetMissing, severity: 'warning', message: `${op.path} is not in the spec; the doc may have changed and the patch be obsolete`, ...where });
        continue;
      }
      if (found.length > 1 && op.occurrence === undefined) {
        diagnostics.push({ code: SPEC_CODES.patchAmbiguous, severity: 'warning', message: `${op.path} matches ${found.length} params; say which with occurrence`, ...where });
        continue;
      }
      const slot = found[(op.occurrence ?? 1) - 1];
      if (!slot) {
        diagnostics.push({ code: SPEC_CODES.patchTargetMissing, severity: 'warning', message: `${op.path} has ${found.length} occurrences, not ${op.occurrence}`, ...where });
        continue;
      }
      if ('remove' in op) {
        slot.siblings.splice(slot.siblings.indexOf(slot.param), 1);
        applied.push(`${file}: remove ${op.path}`);
        continue;
      }
      const { list, ...rest } = structuredClone(op.set);
      Object.assign(slot.param, rest);
      if (list === true) slot.param.list = true;
      else if (list === false) delete slot.param.list;
      if (slot.param.children?.length === 0) delete slot.param.children;
      applied.push(`${file}: set ${op.path} ${Object.keys(op.set).join(', ')}`);
    }
  }
  return { spec: out, applied, diagnostics };
}
