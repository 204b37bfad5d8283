/** The whole doc-site corpus through model and emit: no name collisions, and the package type-checks. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildModel } from '../../generator/model/build-model.js';
import { emitPackage } from '../../generator/emit/emit-package.js';
import { runtimeFromDir } from '../../generator/emit/pipeline.js';
import { loadCorpus } from './corpus.js';
import { ROOT, tsc, writeTemp } from './helpers.js';

describe('whole corpus (pages/toplib)', () => {
  it('emits every API without name collisions and tsc --noEmit is clean', () => {
    const specs = loadCorpus(ROOT);
    expect(specs.length).toBeGreaterThan(4000);
    const { model, diagnostics } = buildModel(specs);
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(model.apis.length).toBe(specs.length);
    const names = model.apis.flatMap((a) => [a.functionName, a.requestType, a.responseType, ...a.structs.map((s) => s.name)]);
    expect(new Set(names).size).toBe(names.length);
    // Unformatted: prettier changes layout only, and the type check is what this test is about.
    const files = emitPackage(model, { runtime: runtimeFromDir(join(ROOT, 'runtime/src')) });
    const dir = writeTemp('corpus', files);
    expect(tsc(['-p', 'tsconfig.json', '--noEmit'], dir)).toBe('');
  }, 240_000);
});
