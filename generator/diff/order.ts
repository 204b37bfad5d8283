/** The stable order of changes: API, then severity (breaking, compatible, info), then path, then kind. */
import type { ChangeSeverity, SpecChange } from './types.js';

const SEVERITY_ORDER: Record<ChangeSeverity, number> = { breaking: 0, compatible: 1, info: 2 };

export function sortChanges(changes: readonly SpecChange[]): SpecChange[] {
  return [...changes].sort(
    (a, b) =>
      compare(a.api, b.api) ||
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      compare(a.path ?? '', b.path ?? '') ||
      compare(a.kind, b.kind),
  );
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
