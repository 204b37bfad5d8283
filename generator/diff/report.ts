/**
 * Renders `SpecChange[]` for people (`formatDiffText`) and for tools (`formatDiffJson`). Both are stable:
 * the same changes give the same bytes.
 *
 * Text: one block per API — APIs with breaking changes first, then by name —, each line
 * `  <severity>  <path>: <message>` with breaking lines first, and a summary line at the end.
 */
import { sortChanges } from './order.js';
import type { ChangeSeverity, SpecChange } from './types.js';

export interface DiffSummary {
  apisChanged: number;
  apisAdded: number;
  apisRemoved: number;
  breaking: number;
  compatible: number;
  info: number;
}

export function summarizeChanges(changes: readonly SpecChange[]): DiffSummary {
  const count = (s: ChangeSeverity) => changes.filter((c) => c.severity === s).length;
  return {
    apisChanged: new Set(changes.map((c) => c.api)).size,
    apisAdded: changes.filter((c) => c.kind === 'api-added').length,
    apisRemoved: changes.filter((c) => c.kind === 'api-removed').length,
    breaking: count('breaking'),
    compatible: count('compatible'),
    info: count('info'),
  };
}

export function formatDiffText(changes: readonly SpecChange[]): string[] {
  const sorted = sortChanges(changes);
  const groups = new Map<string, SpecChange[]>();
  for (const c of sorted) {
    const list = groups.get(c.api);
    if (list) list.push(c);
    else groups.set(c.api, [c]);
  }
  const entries = [...groups].sort(([a, ca], [b, cb]) => {
    const ba = ca.some((c) => c.severity === 'breaking') ? 0 : 1;
    const bb = cb.some((c) => c.severity === 'breaking') ? 0 : 1;
    return ba - bb || (a < b ? -1 : a > b ? 1 : 0);
  });
  const lines: string[] = [];
  const width = 'compatible'.length;
  for (const [api, list] of entries) {
    const breaking = list.filter((c) => c.severity === 'breaking').length;
    const compatible = list.filter((c) => c.severity === 'compatible').length;
    const info = list.length - breaking - compatible;
    const counts = [breaking ? `${breaking} breaking` : '', compatible ? `${compatible} compatible` : '', info ? `${info} info` : ''].filter(Boolean).join(', ');
    lines.push(`${api} (${counts})`);
    for (const c of list) lines.push(`  ${c.severity.padEnd(width)}  ${c.path ? `${c.path}: ` : ''}${c.message}`);
  }
  lines.push(summaryLine(summarizeChanges(sorted)));
  return lines;
}

/** `3 APIs changed (1 added, 1 removed): 2 breaking, 4 compatible, 0 info`, or `no changes`. */
export function summaryLine(s: DiffSummary): string {
  if (s.apisChanged === 0) return 'no changes';
  return `${s.apisChanged} API${s.apisChanged === 1 ? '' : 's'} changed (${s.apisAdded} added, ${s.apisRemoved} removed): ${s.breaking} breaking, ${s.compatible} compatible, ${s.info} info`;
}

/** One line for other commands (`generate`): the summary line of `formatDiffText`. */
export function formatDiffSummary(changes: readonly SpecChange[]): string {
  return summaryLine(summarizeChanges(changes));
}

/** `{ summary, changes }` with 2-space indent, keys in a fixed order. */
export function formatDiffJson(changes: readonly SpecChange[]): string {
  const sorted = sortChanges(changes).map((c) => {
    const o: Record<string, string> = { api: c.api, kind: c.kind, severity: c.severity };
    if (c.path !== undefined) o.path = c.path;
    o.message = c.message;
    if (c.before !== undefined) o.before = c.before;
    if (c.after !== undefined) o.after = c.after;
    return o;
  });
  return JSON.stringify({ summary: summarizeChanges(changes), changes: sorted }, null, 2);
}
