// One test per model-stage code (TOP3xx): text, severity, file and line of each diagnostic.
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../generator/diagnostics.js';
import { buildModel, type SpecSource } from '../../generator/model/build-model.js';
import { MODEL_CODES } from '../../generator/model/codes.js';
import type { ApiSpec, ParamSpec } from '../../generator/spec/types.js';

const FILE = 'specs/t/taobao.codes.test.yaml';
const api = (method: string, request: ParamSpec[] = [], response: ParamSpec[] = []): ApiSpec => ({ api: method, title: '', description: '', request, response });
const p = (name: string, type: string, children?: ParamSpec[]): ParamSpec => ({ name, type, description: '', ...(children ? { children } : {}) });

function run(sources: SpecSource[]): Diagnostic[] {
  return buildModel(sources).diagnostics;
}
/** A spec at FILE with a `lines` map as readSpec gives it (param path → YAML line). */
function one(spec: ApiSpec, lines: Record<string, number>): Diagnostic[] {
  return run([{ spec, file: FILE, lines: new Map(Object.entries(lines)) }]);
}

describe('TOP3xx diagnostics', () => {
  it('covers every model code', () => {
    expect(Object.values(MODEL_CODES).sort()).toEqual(['TOP301', 'TOP302', 'TOP303', 'TOP304', 'TOP305', 'TOP306']);
  });

  it(`${MODEL_CODES.nameCollision} name collision: error at line 1 of the later spec`, () => {
    const ds = run([
      { spec: api('taobao.item.get'), file: 'specs/a/taobao.item.get.yaml' },
      { spec: api('taobao.item_get'), file: 'specs/a/taobao.item_get.yaml' },
    ]);
    expect(ds.map((d) => d.code)).toEqual(['TOP301', 'TOP301', 'TOP301', 'TOP301']);
    expect(ds[0]).toEqual({
      code: 'TOP301',
      severity: 'error',
      message: 'function name "taobaoItemGet" of "taobao.item_get" is already taken by "taobao.item.get"; using "taobaoItemGet2"',
      file: 'specs/a/taobao.item_get.yaml',
      line: 1,
      api: 'taobao.item_get',
    });
    expect(ds.map((d) => d.message.split(' "')[0])).toEqual(['function name', 'operation name', 'type name', 'type name']);
    expect(ds[3]?.message).toBe('type name "TaobaoItemGetResponse" of "taobao.item_get" is already taken by "taobao.item.get"; using "TaobaoItemGetResponse2"');
  });

  it(`${MODEL_CODES.unknownType} unknown type: warning at the param's line`, () => {
    const ds = one(api('taobao.codes.test', [p('foo', 'Stirng')], [p('bar', 'string')]), { 'request.foo': 7, 'response.bar': 12 });
    expect(ds).toEqual([
      { code: 'TOP302', severity: 'warning', message: 'unknown type "Stirng" of "foo" (not a TOP scalar, no sub-params); typed as Json', file: FILE, line: 7, api: 'taobao.codes.test', path: 'request.foo' },
      { code: 'TOP302', severity: 'warning', message: 'type "string" of "bar" is read as String', file: FILE, line: 12, api: 'taobao.codes.test', path: 'response.bar' },
    ]);
  });

  it(`${MODEL_CODES.missingType} missing type: warning at the param's line (nested path)`, () => {
    const ds = one(api('taobao.codes.test', [], [p('result', 'Result', [p('inner', '')])]), { 'response.result': 5, 'response.result.inner': 9 });
    expect(ds).toEqual([{ code: 'TOP303', severity: 'warning', message: '"inner" has no type; typed as Json', file: FILE, line: 9, api: 'taobao.codes.test', path: 'response.result.inner' }]);
  });

  it(`${MODEL_CODES.badParamName} bad param name: no name, and a name twice`, () => {
    const ds = one(api('taobao.codes.test', [p('', 'String'), p('id', 'String'), p('id', 'Number')]), { 'request.': 4, 'request.id': 8 });
    expect(ds).toEqual([
      { code: 'TOP304', severity: 'warning', message: 'a param without a name is left out', file: FILE, line: 4, api: 'taobao.codes.test', path: 'request.' },
      { code: 'TOP304', severity: 'warning', message: '"id" appears twice; the second one is left out', file: FILE, line: 8, api: 'taobao.codes.test', path: 'request.id' },
    ]);
  });

  it(`${MODEL_CODES.badParamName} without a lines map: line 0`, () => {
    const ds = run([{ spec: api('taobao.codes.test', [p('', 'String')]), file: FILE }]);
    expect(ds.map((d) => [d.code, d.line])).toEqual([['TOP304', 0]]);
  });

  it(`${MODEL_CODES.duplicateApi} duplicate API: error at line 1 of the second file; the spec is skipped`, () => {
    const { model, diagnostics } = buildModel([
      { spec: api('taobao.codes.test'), file: 'specs/b/taobao.codes.test.yaml' },
      { spec: api('taobao.codes.test'), file: 'specs/a/taobao.codes.test.yaml' },
    ]);
    expect(diagnostics).toEqual([
      { code: 'TOP305', severity: 'error', message: 'method "taobao.codes.test" is also defined in specs/a/taobao.codes.test.yaml; this spec is skipped', file: 'specs/b/taobao.codes.test.yaml', line: 1, api: 'taobao.codes.test' },
    ]);
    expect(model.apis.map((a) => a.specFile)).toEqual(['specs/a/taobao.codes.test.yaml']);
  });

  it(`${MODEL_CODES.scalarWithChildren} scalar with children: warning at the param's line`, () => {
    const ds = one(api('taobao.codes.test', [], [p('count', 'Number', [p('x', 'String')])]), { 'response.count': 6 });
    expect(ds).toEqual([{ code: 'TOP306', severity: 'warning', message: '"count" is Number but lists sub-params; they are ignored', file: FILE, line: 6, api: 'taobao.codes.test', path: 'response.count' }]);
  });
});
