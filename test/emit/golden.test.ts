import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSpec } from '../../generator/spec/read.js';
import { makeFixtureSpecs } from './make-fixture-specs.js';
import { emitFormatted, FIXTURE_DIR, fixtureSpecs, ROOT, tsc, writeTemp } from './helpers.js';

/** Runtime copies change with the runtime, not the generator: only the generated `int64.ts` is a golden. */
const isGolden = (path: string) => !path.startsWith('src/runtime/') || path === 'src/runtime/int64.ts';

describe('golden SDK of the fixture specs', () => {
  it('fixture specs read back as what make-fixture-specs makes', () => {
    for (const { name, spec } of makeFixtureSpecs()) expect(readSpec(readFileSync(join(ROOT, FIXTURE_DIR, name), 'utf8'), name).spec).toEqual(spec);
  });

  it('every emitted file matches its golden', async () => {
    const { files } = await emitFormatted(fixtureSpecs());
    for (const file of files.filter((f) => isGolden(f.path))) await expect(file.text).toMatchFileSnapshot(`../golden/sdk/fixtures/${file.path}`);
  });

  it('int64 option rewrites only the runtime int64 module', async () => {
    const { files } = await emitFormatted(fixtureSpecs(), { int64: 'bigint' });
    const int64 = files.find((f) => f.path === 'src/runtime/int64.ts');
    await expect(int64?.text).toMatchFileSnapshot('../golden/sdk/int64-bigint/src/runtime/int64.ts');
  });

  it('type-checks with tsc --strict', async () => {
    const { files } = await emitFormatted(fixtureSpecs());
    const dir = writeTemp('golden-tsc', files);
    expect(tsc(['-p', 'tsconfig.json', '--noEmit', '--strict'], dir)).toBe('');
  }, 60_000);
});
