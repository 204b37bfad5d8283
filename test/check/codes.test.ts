// One test per diagnostic code of spec/codes.ts: its text, severity, file, line and path.
import { describe, expect, it } from 'vitest';
import { checkSpecs, readSpecText } from '../../generator/commands/check.js';
import type { Diagnostic } from '../../generator/diagnostics.js';
import { SPEC_CODES } from '../../generator/spec/codes.js';
import { checkInputLimits } from '../../generator/spec/limits.js';
import { applyPatches, parsePatch } from '../../generator/spec/patch.js';
import type { SpecPatch } from '../../generator/spec/patch.js';

const FILE = 'specs/t/x.yaml';

/** Reads, normalises and checks a YAML spec; returns every diagnostic. */
function run(yaml: string, patches: SpecPatch[] = []): Diagnostic[] {
  const r = readSpecText(yaml, FILE);
  expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return [...r.diagnostics, ...checkSpecs([r.entry!], patches, { reportUnusedPatches: true }).diagnostics];
}

function only(ds: Diagnostic[], code: string): Diagnostic {
  const found = ds.filter((d) => d.code === code);
  expect(found, `${code} in ${JSON.stringify(ds)}`).toHaveLength(1);
  return found[0]!;
}

const spec = (request: string, response = '[]', api = 'taobao.test.get') => `api: ${api}\ntitle: t\ndescription: d\nrequest:\n${request}\nresponse: ${response}\n`;

describe('check codes', () => {
  it('TOP210 unknown type', () => {
    const d = only(run(spec('  - name: status\n    type: "null"\n    list: true\n    description: s')), SPEC_CODES.unknownType);
    expect(d).toMatchObject({ severity: 'error', file: FILE, line: 5, path: 'request.status', api: 'taobao.test.get' });
    expect(d.message).toBe('"status" has type "null", which is neither a scalar type nor an object type name');
  });
  it('TOP211 missing type', () => {
    const d = only(run(spec('  - name: a\n    type: String\n    description: x\n  - name: ext\n    type: ""\n    description: y')), SPEC_CODES.missingType);
    expect(d).toMatchObject({ severity: 'error', line: 8, path: 'request.ext', message: '"ext" has no type' });
  });
  it('TOP212 object type without children', () => {
    const d = only(run(spec('  - name: m\n    type: ItemDto\n    description: x')), SPEC_CODES.objectWithoutChildren);
    expect(d).toMatchObject({ severity: 'warning', line: 5, path: 'request.m', message: '"m" has object type ItemDto but no sub-params' });
  });
  it('TOP213 scalar with children', () => {
    const d = only(run(spec('  - name: fee\n    type: Price\n    description: x\n    children:\n      - name: amount\n        type: String\n        description: a')), SPEC_CODES.scalarWithChildren);
    expect(d).toMatchObject({ severity: 'error', line: 5, path: 'request.fee', message: '"fee" is a Price but has 1 sub-params' });
  });
  it('TOP214 duplicate name, with the line of the second', () => {
    const d = only(run(spec('  - name: a\n    type: String\n    description: x\n  - name: a\n    type: String\n    description: x')), SPEC_CODES.duplicateName);
    expect(d).toMatchObject({ severity: 'error', line: 8, path: 'request.a', message: '"a" appears more than once at this level' });
  });
  it('TOP215 maxListSize on a non-list', () => {
    const d = only(run(spec('  - name: ids\n    type: String\n    description: x\n    constraints: { maxListSize: 20 }')), SPEC_CODES.listConstraintOnScalar);
    expect(d).toMatchObject({ severity: 'warning', line: 5, message: '"ids" has maxListSize 20 but is not a list' });
  });
  it('TOP216 maxLength on a non-String', () => {
    const d = only(run(spec('  - name: n\n    type: Number\n    description: x\n    constraints: { maxLength: 3 }')), SPEC_CODES.maxLengthOnNonString);
    expect(d).toMatchObject({ severity: 'warning', line: 5, message: '"n" has maxLength 3 but is a Number, not a String' });
  });
  it('TOP217 required on a response param', () => {
    const d = only(run(spec('  - name: q\n    type: String\n    description: x', '\n  - name: result\n    type: String\n    required: true\n    description: r')), SPEC_CODES.requiredInResponse);
    expect(d).toMatchObject({ severity: 'warning', line: 9, path: 'response.result', message: 'response param "result" says required: true, which only request params can' });
  });
  it('TOP218 empty name', () => {
    const d = only(run(spec('  - name: ""\n    type: String\n    description: x')), SPEC_CODES.emptyName);
    expect(d).toMatchObject({ severity: 'error', line: 5, path: 'request.', message: 'a param has an empty name' });
  });
  it('TOP219 unusable name', () => {
    const d = only(run(spec('  - name: "a */ b"\n    type: String\n    description: x')), SPEC_CODES.unusableName);
    expect(d).toMatchObject({ severity: 'error', line: 5, message: 'param name "a */ b" has characters no wire key or property name can carry' });
  });
  it('TOP220 odd name', () => {
    const d = only(run(spec('  - name: dimission.employee\n    type: String\n    description: x')), SPEC_CODES.oddName);
    expect(d).toMatchObject({ severity: 'warning', line: 5, path: 'request.dimission.employee', message: 'param name "dimission.employee" is not a plain identifier and must be quoted in code' });
  });
  it('TOP221 bad API name, on the api line', () => {
    const d = only(run(`title: t\napi: "taobao..get"\nrequest: []\nresponse: []\n`), SPEC_CODES.badApiName);
    expect(d).toMatchObject({ severity: 'error', file: FILE, line: 2, message: 'API name "taobao..get" is not dot-separated segments like taobao.trade.get' });
  });
  it('TOP222 odd API name', () => {
    const d = only(run(spec('  []', '[]', 'taobao.miniapp.userInfo.get').replace('request:\n  []', 'request: []')), SPEC_CODES.oddApiName);
    expect(d).toMatchObject({ severity: 'warning', line: 1, message: 'API name "taobao.miniapp.userInfo.get" has segments that are not lowercase letters, digits and _: userInfo' });
  });
  it('TOP223 corrected type names the original', () => {
    const ds = run(spec('  - name: a\n    type: Stirng\n    description: x\n  - name: b\n    type: Numer\n    description: x\n  - name: c\n    type: string\n    description: x\n  - name: d\n    type: Boolen\n    description: x\n  - name: e\n    type: Data\n    description: x'));
    const fixes = ds.filter((d) => d.code === SPEC_CODES.typeCorrected);
    expect(fixes.map((d) => [d.line, d.message])).toEqual([
      [5, 'type "Stirng" of "a" read as String'],
      [8, 'type "Numer" of "b" read as Number'],
      [11, 'type "string" of "c" read as String'],
      [14, 'type "Boolen" of "d" read as Boolean'],
      [17, 'type "Data" of "e" read as Date'],
    ]);
    expect(fixes.every((d) => d.severity === 'warning')).toBe(true);
    expect(ds.filter((d) => d.severity === 'error')).toEqual([]);
  });
  it('TOP223 does not touch an object type with children', () => {
    const ds = run(spec('  - name: e\n    type: Data\n    description: x\n    children:\n      - name: k\n        type: String\n        description: a'));
    expect(ds).toEqual([]);
  });
  it('TOP224 ambiguous type', () => {
    const d = only(run(spec('  - name: f\n    type: Bate\n    description: x')), SPEC_CODES.ambiguousType);
    expect(d).toMatchObject({ severity: 'error', line: 5, path: 'request.f', message: 'type "Bate" of "f" could be Date or byte' });
  });
  it('TOP229 empty range', () => {
    const d = only(run(spec('  - name: n\n    type: Number\n    description: x\n    constraints: { minValue: 5, maxValue: 1 }')), SPEC_CODES.emptyRange);
    expect(d).toMatchObject({ severity: 'warning', line: 5, message: '"n" has minValue 5 above maxValue 1' });
  });
  it('TOP226 input too large', () => {
    const d = checkInputLimits('x'.repeat(50 * 1024 * 1024 + 1), FILE);
    expect(d).toEqual([{ code: 'TOP226', severity: 'error', message: 'input is larger than 50 MB (50.0M characters); not read', file: FILE, line: 0 }]);
  });
  it('TOP227 nesting too deep, at the line it goes over', () => {
    let yaml = 'api: a.b\nrequest:\n';
    for (let i = 0; i < 70; i++) yaml += `${'    '.repeat(i)}  - name: p${i}\n${'    '.repeat(i)}    type: T\n${'    '.repeat(i)}    children:\n`;
    const d = checkInputLimits(yaml, FILE);
    expect(d).toMatchObject([{ code: 'TOP227', severity: 'error', message: 'input nests params deeper than 64 levels; not read', line: 3 + 64 * 3 }]);
  });
  it('TOP228 too many params', () => {
    const yaml = `api: a.b\nrequest:\n${'  - name: p\n    type: String\n'.repeat(20_001)}`;
    const d = checkInputLimits(yaml, FILE);
    expect(d).toMatchObject([{ code: 'TOP228', severity: 'error', message: 'input has more than 20,000 params (20,001); not read', line: 3 + 20_000 * 2 }]);
  });
  it('TOP401 malformed patch file', () => {
    expect(parsePatch('api: [unclosed\n', 'patches/a.yaml').diagnostics[0]).toMatchObject({ code: 'TOP401', severity: 'error', file: 'patches/a.yaml', line: 2 });
    const r = parsePatch('api: a.b\nops:\n  - path: request.x\n    remove: true\n', 'patches/a.yaml');
    expect(r.diagnostics).toEqual([{ code: 'TOP401', severity: 'error', message: 'a patch needs "reason", the evidence for the change', file: 'patches/a.yaml', line: 1 }]);
  });
  it('TOP402 patch target missing', () => {
    const p = parsePatch('api: taobao.test.get\nreason: r\nops:\n  - path: request.gone\n    remove: true\n', 'patches/p.yaml').patch!;
    const d = only(run(spec('  - name: a\n    type: String\n    description: x'), [p]), SPEC_CODES.patchTargetMissing);
    expect(d).toMatchObject({ severity: 'warning', file: 'patches/p.yaml', line: 4, path: 'request.gone', message: 'request.gone is not in the spec; the doc may have changed and the patch be obsolete' });
  });
  it('TOP403 bad patch op', () => {
    const r = parsePatch('api: a.b\nreason: r\nops:\n  - path: request.x\n    remove: true\n    set: { type: String }\n', 'patches/a.yaml');
    expect(r.diagnostics).toEqual([{ code: 'TOP403', severity: 'error', message: 'an op has exactly one of set, remove or add (found set, remove)', file: 'patches/a.yaml', line: 4 }]);
    const r2 = parsePatch('api: a.b\nreason: r\nops:\n  - path: request.x\n    set: { list: 1 }\n', 'patches/a.yaml');
    expect(r2.diagnostics).toMatchObject([{ code: 'TOP403', message: '"list" must be true or false', line: 5 }]);
    const r3 = parsePatch('api: a.b\nreason: r\nops:\n  - path: request\n    occurrence: 2\n    add: { name: x, type: String, description: d }\n', 'patches/a.yaml');
    expect(r3.diagnostics).toMatchObject([{ code: 'TOP403', message: '"occurrence" picks among duplicate params for set and remove; add appends and takes none', line: 5 }]);
  });
  it('TOP404 unused patch', () => {
    const p = parsePatch('api: other.api.get\nreason: r\nops:\n  - path: request.x\n    remove: true\n', 'patches/o.yaml').patch!;
    const d = only(run(spec('  - name: a\n    type: String\n    description: x'), [p]), SPEC_CODES.patchUnused);
    expect(d).toMatchObject({ severity: 'warning', file: 'patches/o.yaml', line: 1, message: 'patch for other.api.get, which no checked spec has' });
  });
  it('TOP405 add of an existing param', () => {
    const p = parsePatch('api: taobao.test.get\nreason: r\nops:\n  - path: request\n    add: { name: a, type: String }\n', 'patches/p.yaml').patch!;
    const d = only(run(spec('  - name: a\n    type: String\n    description: x'), [p]), SPEC_CODES.patchAddExists);
    expect(d).toMatchObject({ severity: 'warning', line: 4, message: '"a" already exists under request; not added again' });
  });
  it('TOP406 ambiguous patch path', () => {
    const p = parsePatch('api: taobao.test.get\nreason: r\nops:\n  - path: request.a\n    remove: true\n', 'patches/p.yaml').patch!;
    const ds = run(spec('  - name: a\n    type: String\n    description: x\n  - name: a\n    type: String\n    description: x'), [p]);
    expect(only(ds, SPEC_CODES.patchAmbiguous)).toMatchObject({ severity: 'warning', line: 4, message: 'request.a matches 2 params; say which with occurrence' });
  });
  it('TOP407 two patches for one API', async () => {
    const { mkdtemp, writeFile } = await import('node:fs/promises');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { loadPatches } = await import('../../generator/spec/patch.js');
    const dir = await mkdtemp(join(tmpdir(), 'topgen-patches-'));
    const text = 'api: a.b\nreason: r\nops:\n  - path: request.x\n    remove: true\n';
    await writeFile(join(dir, 'a.yaml'), text);
    await writeFile(join(dir, 'b.yaml'), text);
    const r = await loadPatches('.', dir);
    expect(r.patches).toHaveLength(1);
    expect(r.diagnostics).toEqual([{ code: 'TOP407', severity: 'error', message: 'a second patch for a.b; a.yaml has one already', file: 'b.yaml', line: 1, api: 'a.b' }]);
  });
  it('every code has a test here', () => {
    // TOP225 (schema) is tested in schema.test.ts.
    const src = expect.getState().testPath ?? '';
    expect(src).toContain('codes.test.ts');
    expect(Object.values(SPEC_CODES).length).toBe(27);
    expect(applyPatches).toBeTypeOf('function');
  });
});
