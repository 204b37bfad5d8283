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
import type { Diagnostic } from '../diagnostics.js';
import { SPEC_CODES } from './codes.js';
import type { ApiSpec, ParamSpec } from './types.js';

export { loadPatches, parsePatch } from './patch-read.js';

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
