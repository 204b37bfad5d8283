import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCheck } from '../../generator/commands/check.js';
import { runEmit } from '../../generator/commands/emit.js';
import { apiFile } from '../../generator/emit/emit-package.js';
import { generatePackage, runtimeFromDir } from '../../generator/emit/pipeline.js';
import { buildModel } from '../../generator/model/build-model.js';
import { loadPrettierConfig } from '../../generator/write/format-files.js';
import { runPool } from '../../generator/write/format-pool.js';
import { loadCorpus } from './corpus.js';
import { FIXTURE_DIR, fixtureSpecs, ROOT, writeTemp } from './helpers.js';

describe('generatePackage', () => {
  it('writes only changed files, removes strays, keeps node_modules and dist, and caches', async () => {
    const outDir = writeTemp('pipeline-out', [{ path: 'stray.ts', text: '' }, { path: 'node_modules/x/index.js', text: '' }, { path: 'dist/index.js', text: '' }]);
    const cacheDir = join(ROOT, 'test/tmp/pipeline-cache');
    const input = { specs: fixtureSpecs(), outDir, options: {}, runtime: runtimeFromDir(join(ROOT, 'runtime/src')), prettier: await loadPrettierConfig(join(ROOT, '.prettierrc.json')), cacheDir };
    const first = await generatePackage(input);
    expect(first.written).toBe(first.files.length);
    expect(first.removed).toBe(1);
    expect(existsSync(join(outDir, 'stray.ts'))).toBe(false);
    expect(existsSync(join(outDir, 'node_modules/x/index.js'))).toBe(true);
    expect(existsSync(join(outDir, 'dist/index.js'))).toBe(true);
    const second = await generatePackage(input);
    expect([second.written, second.unchanged, second.removed]).toEqual([0, first.files.length, 0]);
    expect(second.format.formatted).toBe(0);
    expect(second.files).toEqual(first.files);
  }, 60_000);

  it('formats the same in worker threads as in process', async () => {
    const { model } = buildModel(loadCorpus(ROOT, ['trade', 'refund', 'wdk', 'exchange']));
    const apis = model.apis.slice(0, 220);
    expect(apis.length).toBeGreaterThanOrEqual(200);
    const config = await loadPrettierConfig(join(ROOT, '.prettierrc.json'));
    // Indentation stripped on purpose, so that prettier has work to do in both.
    const jobs = apis.map((api) => ({ ...apiFile(api), parser: 'babel-ts' })).map((j) => ({ ...j, text: j.text.replace(/\n +/g, '\n') }));
    const pooled = await runPool({ kind: 'format', items: jobs }, config);
    const direct = await runPool({ kind: 'format', items: jobs.slice(0, 20) }, config);
    expect(pooled.slice(0, 20)).toEqual(direct);
    expect(pooled[219]).toBe(apiFile(apis[219]!).text);
  }, 120_000);
});

describe('topgen emit', () => {
  it('reads specs, prints sorted diagnostics and emits the package', async () => {
    const out: string[] = [];
    const err: string[] = [];
    const specs = join(ROOT, 'test/tmp/emit-cmd-specs');
    mkdirSync(join(specs, 'patches'), { recursive: true });
    for (const s of fixtureSpecs()) writeFileSync(join(specs, s.file.slice(FIXTURE_DIR.length + 1)), readFileSync(join(ROOT, s.file)));
    writeFileSync(join(specs, 'patches/ignored.yaml'), 'not: a spec\n');
    const code = await runEmit(['--specs', 'test/tmp/emit-cmd-specs', '--out', 'test/tmp/emit-cmd-out', '--int64', 'bigint'], { cwd: ROOT, out: (l) => out.push(l), err: (l) => err.push(l) });
    // The hostile fixture breaks check rules (a param without a type, names no wire key can carry): like
    // `generate`, emit leaves that API out, emits the others, and exits 1.
    expect(code).toBe(1);
    expect(err.some((l) => l.includes('taobao.hostile.case.yaml:46 error TOP211'))).toBe(true);
    expect(err.filter((l) => l.includes(' error ')).every((l) => l.includes('taobao.hostile.case.yaml'))).toBe(true);
    expect(existsSync(join(ROOT, 'test/tmp/emit-cmd-out/src/apis/taobao.hostile.case.ts'))).toBe(false);
    expect(existsSync(join(ROOT, 'test/tmp/emit-cmd-out/src/apis/tmall.exchange.message.add.ts'))).toBe(true);
    expect(readFileSync(join(ROOT, 'test/tmp/emit-cmd-out/src/runtime/int64.ts'), 'utf8')).toContain('export type Int64 = bigint;');
    expect(await runEmit(['--int64', 'long'], { cwd: ROOT, out: () => {}, err: (l) => err.push(l) })).toBe(2);
    expect(err[err.length - 1]).toBe('topgen emit: --int64 must be one of string, bigint, number');
    expect(await runEmit(['--spec', 'x'], { cwd: ROOT, out: () => {}, err: (l) => err.push(l) })).toBe(2);
    expect(err[err.length - 1]).toMatch(/^topgen emit: Unknown option '--spec'/);
  }, 60_000);

  it('says of a spec folder what check says, and then what the emitter adds', async () => {
    const specs = join(ROOT, 'test/tmp/emit-check-specs');
    rmSync(specs, { recursive: true, force: true });
    mkdirSync(specs, { recursive: true });
    for (const s of fixtureSpecs()) writeFileSync(join(specs, s.file.slice(FIXTURE_DIR.length + 1)), readFileSync(join(ROOT, s.file)));
    // Past the input limits: check and emit both refuse it before reading the YAML.
    writeFileSync(join(specs, 'taobao.too.wide.yaml'), `api: taobao.too.wide\nrequest:\n${'  - name: p\n    type: String\n'.repeat(20_001)}`);
    const checkErr: string[] = [];
    await runCheck(['--specs', 'test/tmp/emit-check-specs', '--patches', 'test/tmp/no-patches'], { cwd: ROOT, out: () => {}, err: (l) => checkErr.push(l) });
    const emitErr: string[] = [];
    await runEmit(['--specs', 'test/tmp/emit-check-specs', '--patches', 'test/tmp/no-patches', '--out', 'test/tmp/emit-check-out'], { cwd: ROOT, out: () => {}, err: (l) => emitErr.push(l) });
    const said = checkErr.slice(0, -1); // the last line is check's summary
    expect(said.some((l) => l.includes('taobao.too.wide.yaml') && l.includes('TOP228'))).toBe(true);
    for (const line of said) expect(emitErr).toContain(line);
  }, 60_000);
});
