// Type-name normalisation must read only its own alias table.
import { describe, expect, it } from 'vitest';
import { suggestScalarType } from '../../generator/spec/normalize.js';

describe('suggestScalarType', () => {
  it.each([['constructor'], ['hasOwnProperty'], ['valueOf'], ['isPrototypeOf']])('leaves the type %s alone (no Object.prototype member is an alias)', (type) => {
    expect(suggestScalarType(type)).toBeUndefined();
  });

  it.each([
    ['Stirng', 'String'],
    ['long', 'Number'],
    ['BigDecimal', 'Price'],
    ['Map', 'Json'],
  ])('reads %s as %s', (type, want) => {
    expect(suggestScalarType(type)).toEqual({ type: want });
  });
});

describe('normalizeTypes', () => {
  it('reads a Map leaf as Json with a warning, and keeps a Map with sub-params an object type', async () => {
    const { normalizeTypes } = await import('../../generator/spec/normalize.js');
    const spec = {
      api: 'taobao.map.case',
      title: '',
      description: '',
      request: [{ name: 'ext', type: 'Map', required: false, description: '扩展属性' }],
      response: [
        { name: 'resource', type: 'Map', description: '素材', children: [{ name: 'title', type: 'String', description: '标题' }] },
        // Whatever a name over sub-params spells, it is an object type.
        { name: 'weights', type: 'BigDecimal', list: true as const, description: '', children: [{ name: 'weight', type: 'BigDecimal', description: '' }] },
        { name: 'info', type: 'Strin', description: '', children: [{ name: 'a', type: 'String', description: '' }] },
      ],
    };
    const r = normalizeTypes(spec, { file: 'specs/x.yaml' });
    expect(r.spec.request[0]!.type).toBe('Json');
    expect(r.spec.response.map((p) => p.type)).toEqual(['Map', 'BigDecimal', 'Strin']);
    expect(r.spec.response[1]!.children![0]!.type).toBe('Price');
    expect(r.diagnostics.map((d) => [d.code, d.path, d.message])).toEqual([
      ['TOP223', 'request.ext', 'type "Map" of "ext" read as Json'],
      ['TOP223', 'response.weights[].weight', 'type "BigDecimal" of "weight" read as Price'],
    ]);
  });
});
