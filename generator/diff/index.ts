/**
 * What changed between two sets of specs, and whether it breaks callers of the generated SDK.
 *
 * Pure: specs in, changes out, in a stable order (API, then severity — breaking, compatible, info —, then path, then kind).
 * Params are matched by name at every depth; a param's path is written like `response.result.results[].id`
 * (`[]` after a list param, as in diagnostics). A removed or added param's children are not listed separately.
 *
 * Classification (from the caller's side of the SDK):
 * - API added: compatible; API removed: breaking.
 * - request param added: breaking when required, compatible when optional; request param removed: breaking
 *   (callers' code passes it and would no longer type-check).
 * - response field added: compatible; response field removed: breaking.
 * - type or list-ness changed: breaking.
 * - optional → required: breaking; required → optional: compatible.
 * - title, description, example, default value or constraints changed: info (only returned with `includeInfo`).
 */
import type { ApiSpec, Constraints, ParamSpec } from '../spec/types.js';
import { CONSTRAINT_KEYS } from '../spec/types.js';
import { joinTypeText } from '../spec/type-text.js';
import { sortChanges } from './order.js';
import type { SpecChange } from './types.js';

export type { ChangeKind, ChangeSeverity, SpecChange } from './types.js';
export { sortChanges } from './order.js';
export { formatDiffJson, formatDiffSummary, formatDiffText, summarizeChanges, summaryLine } from './report.js';
export type { DiffSummary } from './report.js';

export interface DiffOptions {
  /** Also list title, description, example and constraint changes (severity `info`). Default false. */
  includeInfo?: boolean;
}

export function diffSpecs(oldSpecs: readonly ApiSpec[], newSpecs: readonly ApiSpec[], options: DiffOptions = {}): SpecChange[] {
  const includeInfo = options.includeInfo === true;
  const before = new Map(oldSpecs.map((s) => [s.api, s]));
  const after = new Map(newSpecs.map((s) => [s.api, s]));
  const changes: SpecChange[] = [];
  for (const [api] of before) {
    if (!after.has(api)) changes.push({ api, kind: 'api-removed', severity: 'breaking', message: 'API removed' });
  }
  for (const [api, spec] of after) {
    const old = before.get(api);
    if (!old) {
      changes.push({ api, kind: 'api-added', severity: 'compatible', message: 'API added' });
      continue;
    }
    if (includeInfo) {
      if (old.title !== spec.title) changes.push({ api, kind: 'title-changed', severity: 'info', message: 'title changed', before: old.title, after: spec.title });
      if (old.description !== spec.description) changes.push({ api, kind: 'description-changed', severity: 'info', message: 'description changed' });
    }
    diffParams(api, 'request', old.request, spec.request, 'request', includeInfo, changes);
    diffParams(api, 'response', old.response, spec.response, 'response', includeInfo, changes);
  }
  return sortChanges(changes);
}

function diffParams(
  api: string,
  section: 'request' | 'response',
  oldParams: readonly ParamSpec[],
  newParams: readonly ParamSpec[],
  prefix: string,
  includeInfo: boolean,
  out: SpecChange[],
): void {
  const olds = new Map(oldParams.map((p) => [p.name, p]));
  const news = new Map(newParams.map((p) => [p.name, p]));
  for (const [name, p] of olds) {
    if (news.has(name)) continue;
    const path = `${prefix}.${name}`;
    out.push({
      api,
      kind: 'param-removed',
      severity: 'breaking',
      path,
      message: `${section === 'request' ? 'param' : 'field'} removed (${joinTypeText(p)})`,
      before: joinTypeText(p),
    });
  }
  for (const [name, p] of news) {
    const path = `${prefix}.${name}`;
    const old = olds.get(name);
    if (!old) {
      if (section === 'request') {
        const required = p.required === true;
        out.push({
          api,
          kind: 'param-added',
          severity: required ? 'breaking' : 'compatible',
          path,
          message: `${required ? 'required' : 'optional'} param added (${joinTypeText(p)})`,
          after: joinTypeText(p),
        });
      } else {
        out.push({ api, kind: 'param-added', severity: 'compatible', path, message: `field added (${joinTypeText(p)})`, after: joinTypeText(p) });
      }
      continue;
    }
    const oldType = joinTypeText(old);
    const newType = joinTypeText(p);
    if (oldType !== newType) {
      out.push({ api, kind: 'param-retyped', severity: 'breaking', path, message: `type changed from ${oldType} to ${newType}`, before: oldType, after: newType });
    }
    if (section === 'request') {
      const was = old.required === true;
      const is = p.required === true;
      if (!was && is) out.push({ api, kind: 'param-required', severity: 'breaking', path, message: 'param became required' });
      if (was && !is) out.push({ api, kind: 'param-optional', severity: 'compatible', path, message: 'param became optional' });
    }
    if (includeInfo) {
      if (old.description !== p.description) out.push({ api, kind: 'description-changed', severity: 'info', path, message: 'description changed' });
      if (old.example !== p.example) {
        out.push({ api, kind: 'example-changed', severity: 'info', path, message: 'example changed', ...textPair(old.example, p.example) });
      }
      if (old.default !== p.default) {
        out.push({ api, kind: 'default-changed', severity: 'info', path, message: 'default value changed', ...textPair(old.default, p.default) });
      }
      const oc = constraintsText(old.constraints);
      const nc = constraintsText(p.constraints);
      if (oc !== nc) out.push({ api, kind: 'constraints-changed', severity: 'info', path, message: `constraints changed from ${oc} to ${nc}`, before: oc, after: nc });
    }
    diffParams(api, section, old.children ?? [], p.children ?? [], p.list ? `${path}[]` : path, includeInfo, out);
  }
}

function textPair(before: string | undefined, after: string | undefined): { before?: string; after?: string } {
  return { ...(before === undefined ? {} : { before }), ...(after === undefined ? {} : { after }) };
}

/** `{maxLength: 10, maxValue: 5}` in key order of the contract, `{}` when none. */
function constraintsText(c: Constraints | undefined): string {
  if (!c) return '{}';
  const keys = CONSTRAINT_KEYS.filter((k) => c[k] !== undefined);
  return `{${keys.map((k) => `${k}: ${c[k]}`).join(', ')}}`;
}
