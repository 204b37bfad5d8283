// applyPatches: set, remove, add, occurrence; the input spec is left alone.
import { describe, expect, it } from 'vitest';
import { applyPatches, parsePatch } from '../../generator/spec/patch.js';
import type { ApiSpec } from '../../generator/spec/types.js';

const base = (): ApiSpec => ({
  api: 'taobao.x.get',
  title: '',
  description: '',
  request: [{ name: 'q', type: 'Query', description: '', required: true, children: [{ name: 'ext', type: '', description: '扩展' }] }],
  response: [
    { name: 'result', type: 'Record', list: true, description: '', children: [{ name: 'id', type: 'Number', description: '' }] },
    { name: 'dup', type: 'String', description: 'a' },
    { name: 'dup', type: 'String', description: 'b' },
  ],
});

const PATCH = `api: taobao.x.get
reason: evidence
ops:
  - path: request.q.ext
    set: { type: Json }
  - path: response.result[].id
    set: { type: String, description: text id, list: false }
  - path: response.result
    set: { type: AfterSaleFieldMetaRecord, list: false }
  - path: response.dup
    occurrence: 2
    remove: true
  - path: request.q
    add: { name: added, type: Number, required: false }
  - path: response
    add:
      name: meta
      type: Meta
      children:
        - { name: k, type: String }
`;

describe('applyPatches', () => {
  it('applies every op in order to a copy', () => {
    const { patch, diagnostics } = parsePatch(PATCH, 'patches/taobao.x.get.yaml');
    expect(diagnostics).toEqual([]);
    const spec = base();
    const r = applyPatches(spec, [patch!]);
    expect(r.diagnostics).toEqual([]);
    expect(r.applied).toHaveLength(6);
    expect(r.spec.request[0]!.children).toEqual([
      { name: 'ext', type: 'Json', description: '扩展' },
      { name: 'added', type: 'Number', required: false, description: '' },
    ]);
    expect(r.spec.response.map((p) => [p.name, p.type, p.list, p.description])).toEqual([
      ['result', 'AfterSaleFieldMetaRecord', undefined, ''],
      ['dup', 'String', undefined, 'a'],
      ['meta', 'Meta', undefined, ''],
    ]);
    expect(r.spec.response[0]!.children![0]).toEqual({ name: 'id', type: 'String', description: 'text id' });
    expect(r.spec.response[2]!.children).toEqual([{ name: 'k', type: 'String', description: '' }]);
    expect(spec).toEqual(base());
  });
  it('ignores patches for other APIs', () => {
    const p = parsePatch(PATCH.replace('taobao.x.get', 'other.api'), 'p.yaml').patch!;
    expect(applyPatches(base(), [p])).toEqual({ spec: base(), applied: [], diagnostics: [] });
  });
  it('sets a default value (默认值) like any other param field', () => {
    const p = parsePatch('api: taobao.x.get\nreason: r\nops:\n  - path: request.q.ext\n    set: { default: 0 }\n', 'p.yaml');
    expect(p.diagnostics).toEqual([]);
    expect(applyPatches(base(), [p.patch!]).spec.request[0]!.children![0]).toEqual({ name: 'ext', type: '', description: '扩展', default: '0' });
  });
  it('matches param names that contain dots', () => {
    const spec: ApiSpec = { ...base(), request: [{ name: 'dimission.employee', type: 'String', description: '' }] };
    const p = parsePatch('api: taobao.x.get\nreason: r\nops:\n  - path: request.dimission.employee\n    set: { type: Json }\n', 'p.yaml').patch!;
    expect(applyPatches(spec, [p]).spec.request[0]!.type).toBe('Json');
  });
});
