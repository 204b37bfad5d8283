/** What every target must guarantee on any input. */
import { checkSpec } from '../../generator/spec/check.js';
import { readSpec } from '../../generator/spec/read.js';
import { writeSpec } from '../../generator/spec/write.js';
import type { FuzzTarget } from './targets.js';

/** Per-case time bound: generous for slow CI, far below a hang. */
export const CASE_BUDGET_MS = 3_000;

/** Runs one case and throws (for fast-check to shrink) when an invariant breaks. */
export function assertCase(target: FuzzTarget, text: string): void {
  const started = performance.now();
  const r = target.run(text);
  const took = performance.now() - started;
  if (took > CASE_BUDGET_MS) throw new Error(`${target.name}: ${took.toFixed(0)} ms on a ${text.length}-character input`);
  for (const d of r.diagnostics) {
    if (!/^TOP\d{3}$/.test(d.code) || typeof d.message !== 'string' || !Number.isInteger(d.line) || d.line < 0) throw new Error(`${target.name}: malformed diagnostic ${JSON.stringify(d)}`);
  }
  const hasError = r.diagnostics.some((d) => d.severity === 'error');
  for (const spec of r.specs) {
    // Every output spec passes check on its own, or the run said there was an error.
    const own = checkSpec(spec, { file: 'fuzz' });
    if (own.some((d) => d.severity === 'error') && !hasError) throw new Error(`${target.name}: spec ${spec.api} fails check but the run reported no error`);
    if (!hasError) {
      // A clean spec survives a write/read round trip: the YAML the pipeline would keep is readable.
      const back = readSpec(writeSpec(spec), 'fuzz.yaml');
      if (!back.spec) throw new Error(`${target.name}: clean spec ${spec.api} does not read back: ${back.diagnostics.map((d) => d.message).join('; ')}`);
    }
  }
}
