// Bounded fuzzing of every front end + normalise + check over mutated real inputs (see scripts/fuzz.ts for long runs).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkSpecs } from '../../generator/commands/check.js';
import { checkInputLimits } from '../../generator/spec/limits.js';
import type { ApiSpec, ParamSpec } from '../../generator/spec/types.js';
import { writeSpec } from '../../generator/spec/write.js';
import { assertCase } from './invariants.js';
import { hostileText, mutate, mutation } from './mutate.js';
import { loadTargets } from './targets.js';

const targets = await loadTargets(30);
const RUNS = 60;

describe('fuzz', () => {
  it('has the spec, JSON and (when present) page-text targets', () => {
    expect(targets.map((t) => t.name).slice(0, 2)).toEqual(['spec-yaml', 'doc-json']);
  });

  for (const t of targets) {
    it(`${t.name}: mutated real inputs never throw, end in time, and fail loudly`, () => {
      fc.assert(
        fc.property(fc.constantFrom(...t.seeds), fc.array(mutation, { minLength: 1, maxLength: 4 }), (seed, ms) => assertCase(t, mutate(seed, ms))),
        { numRuns: RUNS, seed: 20261123 },
      );
    });
  }

  const param: fc.Memo<ParamSpec> = fc.memo((depth) =>
    fc.record(
      {
        name: fc.oneof(fc.constantFrom('id', 'result', 'dimission.employee', ''), hostileText),
        type: fc.oneof(fc.constantFrom('String', 'Number', 'Stirng', 'Data', 'Bate', 'null', '', 'byte[]', 'Field List', 'Foo<Bar>'), hostileText),
        description: hostileText,
        ...(depth > 1 ? { children: fc.array(param(depth - 1), { maxLength: 3 }) } : {}),
      },
      { requiredKeys: ['name', 'type', 'description'] },
    ),
  );

  it('spec objects with hostile names and types survive check and the YAML round trip', () => {
    const yaml = targets[0]!;
    fc.assert(
      fc.property(fc.array(param(4), { maxLength: 4 }), fc.array(param(3), { maxLength: 3 }), fc.oneof(fc.constant('taobao.x.get'), hostileText), (request, response, api) => {
        const spec: ApiSpec = { api, title: '', description: '', request, response };
        const r = checkSpecs([{ spec, file: 'x' }]);
        expect(Array.isArray(r.diagnostics)).toBe(true);
        assertCase(yaml, writeSpec(spec));
      }),
      { numRuns: 40, seed: 7 },
    );
  });

  it('limits answer fast on huge and deep inputs', () => {
    const started = performance.now();
    expect(checkInputLimits(`api: a.b\ndescription: ${'长'.repeat(20_000_000)}\n`, 'big.yaml').map((d) => d.code)).toEqual(['TOP226']);
    expect(checkInputLimits(`{"name":"a.b","requestParams":${'[{"name":"n","type":"T","subParams":'.repeat(100)}[]${'}]'.repeat(100)}}`, 'deep.json').map((d) => d.code)).toEqual(['TOP227']);
    expect(checkInputLimits(JSON.stringify({ name: 'a.b', requestParams: Array.from({ length: 20_001 }, () => ({ name: 'p', type: 'String' })) }), 'wide.json').map((d) => d.code)).toEqual(['TOP228']);
    expect(performance.now() - started).toBeLessThan(5_000);
    // And each such input, through a target, stops at the limit instead of parsing.
    expect(targets[1]!.run(`{"name":"a.b","requestParams":${'[{"name":"n","type":"T","subParams":'.repeat(100)}[]${'}]'.repeat(100)}}`).diagnostics.map((d) => d.code)).toEqual(['TOP227']);
  });
});
