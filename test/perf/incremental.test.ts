/** Incremental generation: a spec change rewrites only the files whose text depends on it; a no-op run writes nothing. */
import { readdirSync, readFileSync, rmSync, statSync, utimesSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SpecSource } from '../../generator/model/build-model.js';
import { generatePackage, runtimeFromDir } from '../../generator/emit/pipeline.js';
import { parseInputs } from '../../generator/parse/index.js';
import type { ApiSpec } from '../../generator/spec/types.js';
import { loadPrettierConfig } from '../../generator/write/format-files.js';

const ROOT = join(import.meta.dirname, '../..');
const PAGES = 'pages/toplib/exchange';
const TARGET = 'tmall.exchange.message.add';
const TARGET_FILE = `src/apis/${TARGET}.ts`;
const OLD = new Date(0);

function loadSpecs(): ApiSpec[] {
  const names = ['catelog.json', ...readdirSync(join(ROOT, PAGES)).filter((n) => n.endsWith('.json') && n !== 'catelog.json').sort().slice(0, 5)];
  if (!names.includes('tmall_exchange_message_add.json')) names.push('tmall_exchange_message_add.json');
  const { specs, diagnostics } = parseInputs(names.map((n) => ({ path: `${PAGES}/${n}`, bytes: readFileSync(join(ROOT, PAGES, n)) })));
  expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return specs;
}

const sources = (specs: readonly ApiSpec[]): SpecSource[] => specs.map((spec) => ({ spec, file: `specs/${spec.category?.pkg ?? 'misc'}/${spec.api}.yaml` }));

function listFiles(dir: string, out: string[] = []): string[] {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, e.name);
    if (e.isDirectory()) listFiles(full, out);
    else out.push(full);
  }
  return out;
}

/** Every file's text, after back-dating its mtime so that any rewrite shows. */
function snapshot(outDir: string): Map<string, string> {
  const snap = new Map<string, string>();
  for (const full of listFiles(outDir)) {
    utimesSync(full, OLD, OLD);
    snap.set(relative(outDir, full).split(sep).join('/'), readFileSync(full, 'utf8'));
  }
  return snap;
}

/** Files whose bytes changed, and files whose mtime moved (rewritten), since `before`. */
function diff(outDir: string, before: Map<string, string>): { changed: string[]; rewritten: string[]; added: string[]; removed: string[] } {
  const changed: string[] = [];
  const rewritten: string[] = [];
  const added: string[] = [];
  const seen = new Set<string>();
  for (const full of listFiles(outDir)) {
    const path = relative(outDir, full).split(sep).join('/');
    seen.add(path);
    const old = before.get(path);
    if (old === undefined) added.push(path);
    else if (old !== readFileSync(full, 'utf8')) changed.push(path);
    if (statSync(full).mtimeMs !== OLD.getTime()) rewritten.push(path);
  }
  const removed = [...before.keys()].filter((p) => !seen.has(p));
  return { changed: changed.sort(), rewritten: rewritten.sort(), added, removed };
}

describe('incremental generation', () => {
  it('rewrites only what a spec change touches', async () => {
    const outDir = join(ROOT, 'test/tmp/perf-incremental');
    rmSync(outDir, { recursive: true, force: true });
    const base = { outDir, options: {}, runtime: runtimeFromDir(join(ROOT, 'runtime/src')), prettier: await loadPrettierConfig(join(ROOT, '.prettierrc.json')) };
    const specs = loadSpecs();
    expect(specs.length).toBeGreaterThanOrEqual(5);
    expect(specs.map((s) => s.api)).toContain(TARGET);

    const first = await generatePackage({ ...base, specs: sources(specs) });
    expect(first.written).toBe(first.files.length);
    expect(first.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);

    // 1. Nothing changed: nothing written.
    let before = snapshot(outDir);
    const again = await generatePackage({ ...base, specs: sources(specs) });
    expect([again.written, again.unchanged, again.removed]).toEqual([0, first.files.length, 0]);
    expect(diff(outDir, before)).toEqual({ changed: [], rewritten: [], added: [], removed: [] });

    // 2. One request param's description changes: only that API's module.
    const edited = structuredClone(specs);
    const target = edited.find((s) => s.api === TARGET)!;
    const content = target.request.find((p) => p.name === 'content')!;
    content.description = '留言内容（已修改）';
    before = snapshot(outDir);
    const described = await generatePackage({ ...base, specs: sources(edited) });
    const d1 = diff(outDir, before);
    console.log('description change:', JSON.stringify(d1), `written=${described.written}`);
    expect(d1).toEqual({ changed: [TARGET_FILE], rewritten: [TARGET_FILE], added: [], removed: [] });
    expect(described.written).toBe(1);
    expect(readFileSync(join(outDir, TARGET_FILE), 'utf8')).toContain('留言内容（已修改）');

    // 3. A new optional request param: the API module, and nothing else.
    target.request.push({ name: 'remark_code', type: 'String', required: false, description: '新增参数' });
    before = snapshot(outDir);
    const added = await generatePackage({ ...base, specs: sources(edited) });
    const d2 = diff(outDir, before);
    console.log('new param:', JSON.stringify(d2), `written=${added.written}`);
    // api-map.ts, index.ts and the category barrel name the API's types, not its params: only the module changes.
    expect(d2).toEqual({ changed: [TARGET_FILE], rewritten: [TARGET_FILE], added: [], removed: [] });
    expect(added.written).toBe(1);
    expect(readFileSync(join(outDir, TARGET_FILE), 'utf8')).toContain('remark_code');

    // 4. And again nothing to do.
    before = snapshot(outDir);
    const idle = await generatePackage({ ...base, specs: sources(edited) });
    expect(idle.written).toBe(0);
    expect(diff(outDir, before).rewritten).toEqual([]);
  }, 60_000);
});
