/**
 * Long fuzz run over every target of test/fuzz/targets.ts: `node bin/run-ts.mjs scripts/fuzz.ts [--runs N] [--seed S]`.
 * Prints the cases run per target and the first counterexample (shrunk) when an invariant breaks; exit 1 then.
 */
import { parseArgs } from 'node:util';
import fc from 'fast-check';
import { assertCase } from '../test/fuzz/invariants.js';
import { mutate, mutation } from '../test/fuzz/mutate.js';
import { loadTargets } from '../test/fuzz/targets.js';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '2000' }, seed: { type: 'string' }, seeds: { type: 'string', default: '200' } } });
const runs = Number(values.runs);
const seed = values.seed === undefined ? Date.now() % 2 ** 31 : Number(values.seed);
const targets = await loadTargets(Number(values.seeds));
let total = 0;
let failed = false;
const started = performance.now();
for (const t of targets) {
  let cases = 0;
  const result = fc.check(
    fc.property(fc.constantFrom(...t.seeds), fc.array(mutation, { minLength: 1, maxLength: 8 }), (input, ms) => {
      cases++;
      assertCase(t, mutate(input, ms));
    }),
    { numRuns: runs, seed },
  );
  total += cases;
  if (result.failed) {
    failed = true;
    console.error(`${t.name}: FAILED after ${result.numRuns} runs (seed ${seed}, path ${result.counterexamplePath}): ${String(result.errorInstance).slice(0, 2000)}`);
  } else console.log(`${t.name}: ${cases.toLocaleString('en-US')} cases, ${t.seeds.length} seeds, ok`);
}
console.log(`${total.toLocaleString('en-US')} cases in ${((performance.now() - started) / 1000).toFixed(1)} s (seed ${seed})`);
process.exit(failed ? 1 : 0);
