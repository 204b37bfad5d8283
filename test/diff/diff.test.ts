import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runDiff } from '../../generator/commands/diff.js';
import { diffSpecs } from '../../generator/diff/index.js';
import type { SpecChange } from '../../generator/diff/index.js';
import { formatDiffJson, formatDiffSummary, formatDiffText } from '../../generator/diff/index.js';
import { writeSpec } from '../../generator/spec/write.js';
import type { ApiSpec, ParamSpec } from '../../generator/spec/types.js';

const p = (name: string, type: string, more: Partial<ParamSpec> = {}): ParamSpec => ({ name, type, description: '', ...more });
const api = (name: string, request: ParamSpec[], response: ParamSpec[], more: Partial<ApiSpec> = {}): ApiSpec => ({ api: name, title: 'T', description: 'D', request, response, ...more });
const brief = (changes: SpecChange[]) => changes.map((c) => `${c.severity} ${c.kind} ${c.api}${c.path ? ` ${c.path}` : ''}`);

describe('diffSpecs', () => {
  it('finds no change between equal specs', () => {
    const a = api('x.get', [p('id', 'Number', { required: true })], [p('r', 'String')]);
    expect(diffSpecs([a], [structuredClone(a)], { includeInfo: true })).toEqual([]);
  });

  it('added and removed APIs', () => {
    expect(brief(diffSpecs([api('a.old', [], [])], [api('b.new', [], [])]))).toEqual(['breaking api-removed a.old', 'compatible api-added b.new']);
  });

  it('request params: required added is breaking, optional added is not, removed is breaking', () => {
    const before = api('x.get', [p('keep', 'String', { required: false }), p('gone', 'String', { required: false })], []);
    const after = api('x.get', [p('keep', 'String', { required: false }), p('must', 'Number', { required: true }), p('may', 'Date', { required: false })], []);
    expect(diffSpecs([before], [after])).toEqual([
      { api: 'x.get', kind: 'param-removed', severity: 'breaking', path: 'request.gone', message: 'param removed (String)', before: 'String' },
      { api: 'x.get', kind: 'param-added', severity: 'breaking', path: 'request.must', message: 'required param added (Number)', after: 'Number' },
      { api: 'x.get', kind: 'param-added', severity: 'compatible', path: 'request.may', message: 'optional param added (Date)', after: 'Date' },
    ]);
  });

  it('optional → required is breaking, required → optional is not', () => {
    const before = api('x.get', [p('a', 'String', { required: false }), p('b', 'String', { required: true })], []);
    const after = api('x.get', [p('a', 'String', { required: true }), p('b', 'String', { required: false })], []);
    expect(brief(diffSpecs([before], [after]))).toEqual(['breaking param-required x.get request.a', 'compatible param-optional x.get request.b']);
  });

  it('nested response fields by path, list-ness in the path', () => {
    const item = (kids: ParamSpec[]) => p('result', 'Result', { children: [p('results', 'Item', { list: true, children: kids })] });
    const before = api('x.get', [], [item([p('id', 'Number'), p('old', 'String')])]);
    const after = api('x.get', [], [item([p('id', 'Number'), p('fresh', 'String')])]);
    expect(brief(diffSpecs([before], [after]))).toEqual([
      'breaking param-removed x.get response.result.results[].old',
      'compatible param-added x.get response.result.results[].fresh',
    ]);
  });

  it('retyped params: type or list-ness', () => {
    const before = api('x.get', [p('n', 'Number', { required: false })], [p('tags', 'String'), p('ids', 'Number', { list: true })]);
    const after = api('x.get', [p('n', 'String', { required: false })], [p('tags', 'String', { list: true }), p('ids', 'Number', { list: true })]);
    expect(diffSpecs([before], [after])).toEqual([
      { api: 'x.get', kind: 'param-retyped', severity: 'breaking', path: 'request.n', message: 'type changed from Number to String', before: 'Number', after: 'String' },
      { api: 'x.get', kind: 'param-retyped', severity: 'breaking', path: 'response.tags', message: 'type changed from String to String[]', before: 'String', after: 'String[]' },
    ]);
  });

  it('a removed object is one change, not one per child', () => {
    const before = api('x.get', [], [p('obj', 'Obj', { children: [p('a', 'String'), p('b', 'String')] })]);
    expect(brief(diffSpecs([before], [api('x.get', [], [])]))).toEqual(['breaking param-removed x.get response.obj']);
  });

  it('description, example, default, title and constraint changes are info, only when asked', () => {
    const before = api('x.get', [p('q', 'String', { required: false, description: 'old', example: '1', constraints: { maxLength: 10 } })], []);
    const after = api('x.get', [p('q', 'String', { required: false, description: 'new', example: '2', constraints: { maxLength: 20 }, default: 'a' })], [], { title: 'T2', description: 'D2' });
    expect(diffSpecs([before], [after])).toEqual([]);
    expect(diffSpecs([before], [after], { includeInfo: true })).toEqual([
      { api: 'x.get', kind: 'description-changed', severity: 'info', message: 'description changed' },
      { api: 'x.get', kind: 'title-changed', severity: 'info', message: 'title changed', before: 'T', after: 'T2' },
      { api: 'x.get', kind: 'constraints-changed', severity: 'info', path: 'request.q', message: 'constraints changed from {maxLength: 10} to {maxLength: 20}', before: '{maxLength: 10}', after: '{maxLength: 20}' },
      { api: 'x.get', kind: 'default-changed', severity: 'info', path: 'request.q', message: 'default value changed', after: 'a' },
      { api: 'x.get', kind: 'description-changed', severity: 'info', path: 'request.q', message: 'description changed' },
      { api: 'x.get', kind: 'example-changed', severity: 'info', path: 'request.q', message: 'example changed', before: '1', after: '2' },
    ]);
  });
});

const OLD = [
  api('a.compat', [p('q', 'String', { required: true })], [p('r', 'String')]),
  api('b.break', [p('q', 'String', { required: false })], [p('r', 'String'), p('s', 'Number')]),
  api('c.gone', [], []),
];
const NEW = [
  api('a.compat', [p('q', 'String', { required: false })], [p('r', 'String'), p('extra', 'Number')]),
  api('b.break', [p('q', 'String', { required: true })], [p('r', 'String'), p('t', 'Number')]),
  api('d.new', [], []),
];

const TEXT = [
  'b.break (3 breaking, 1 compatible)',
  '  breaking    request.q: param became required',
  '  breaking    response.r: type changed from String to Number',
  '  breaking    response.s: field removed (Number)',
  '  compatible  response.t: field added (Number)',
  'c.gone (1 breaking)',
  '  breaking    API removed',
  'a.compat (2 compatible)',
  '  compatible  request.q: param became optional',
  '  compatible  response.extra: field added (Number)',
  'd.new (1 compatible)',
  '  compatible  API added',
  '4 APIs changed (1 added, 1 removed): 4 breaking, 4 compatible, 0 info',
];

describe('reports', () => {
  const newer = structuredClone(NEW);
  newer[1]!.response[0] = p('r', 'Number');

  it('text: grouped by API, APIs with breaking changes first, breaking lines first, summary line', () => {
    expect(formatDiffText(diffSpecs(OLD, newer))).toEqual(TEXT);
    expect(formatDiffText([])).toEqual(['no changes']);
    expect(formatDiffSummary(diffSpecs(OLD, newer))).toBe(TEXT.at(-1));
  });

  it('json: stable order and keys', () => {
    const json = formatDiffJson(diffSpecs(OLD, newer));
    expect(JSON.parse(json).summary).toEqual({ apisChanged: 4, apisAdded: 1, apisRemoved: 1, breaking: 4, compatible: 4, info: 0 });
    expect(json).toBe(formatDiffJson([...diffSpecs(OLD, newer)].reverse()));
    expect(json.split('\n').slice(0, 20).join('\n')).toBe(
      [
        '{',
        '  "summary": {',
        '    "apisChanged": 4,',
        '    "apisAdded": 1,',
        '    "apisRemoved": 1,',
        '    "breaking": 4,',
        '    "compatible": 4,',
        '    "info": 0',
        '  },',
        '  "changes": [',
        '    {',
        '      "api": "a.compat",',
        '      "kind": "param-optional",',
        '      "severity": "compatible",',
        '      "path": "request.q",',
        '      "message": "param became optional"',
        '    },',
        '    {',
        '      "api": "a.compat",',
        '      "kind": "param-added",',
      ].join('\n'),
    );
  });
});

describe('topgen diff', () => {
  const root = mkdtempSync(join(tmpdir(), 'topgen-diff-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const put = (dir: string, specs: ApiSpec[]) => {
    for (const s of specs) {
      mkdirSync(join(root, dir, 'cat'), { recursive: true });
      writeFileSync(join(root, dir, 'cat', `${s.api}.yaml`), writeSpec(s));
    }
  };
  const newer = structuredClone(NEW);
  newer[1]!.response[0] = p('r', 'Number');
  put('old', OLD);
  put('new', newer);
  // patches/ folders are not specs.
  mkdirSync(join(root, 'new', 'patches'), { recursive: true });
  writeFileSync(join(root, 'new', 'patches', 'x.yaml'), 'not: a spec\n');

  const run = async (args: string[]) => {
    const out: string[] = [];
    const err: string[] = [];
    const code = await runDiff(args, { cwd: root, out: (l) => out.push(l), err: (l) => err.push(l) });
    return { code, out, err };
  };

  it('prints the text report and exits 0', async () => {
    expect(await run(['old', 'new'])).toEqual({ code: 0, out: TEXT, err: [] });
  });

  it('--json', async () => {
    const r = await run(['old', 'new', '--json']);
    expect(r.code).toBe(0);
    expect(r.out.join('\n')).toBe(formatDiffJson(diffSpecs(OLD, newer)));
  });

  it('--fail-on-breaking exits 1 when something breaks, 0 otherwise', async () => {
    expect((await run(['old', 'new', '--fail-on-breaking'])).code).toBe(1);
    expect(await run(['old', 'old', '--fail-on-breaking'])).toEqual({ code: 0, out: ['no changes'], err: [] });
  });

  it('usage errors exit 2', async () => {
    expect((await run(['old'])).code).toBe(2);
    expect((await run(['old', 'nope'])).code).toBe(2);
  });
});
