import { describe, expect, it } from 'vitest';
import { buildModel } from '../../generator/model/build-model.js';
import { matchScalar, scalarImports, scalarTs, SCALARS } from '../../generator/model/scalars.js';
import type { TopScalar } from '../../generator/model/types.js';
import type { ParamSpec } from '../../generator/spec/types.js';

describe('scalars', () => {
  it('maps every TOP scalar on both sides, never to any or unknown alone', () => {
    const expected: Record<TopScalar, [string, string]> = {
      String: ['string', 'string'],
      'Field List': ['string', 'string'],
      Number: ['Int64Input', 'Int64'],
      Boolean: ['boolean', 'boolean'],
      Date: ['DateInput', 'string'],
      Price: ['string', 'string'],
      'byte[]': ['TopFile', 'string'],
      Json: ['string | Record<string, unknown>', 'string | Record<string, unknown>'],
      byte: ['number', 'number'],
    };
    for (const top of Object.keys(SCALARS) as TopScalar[]) expect([scalarTs(top, 'request'), scalarTs(top, 'response')]).toEqual(expected[top]);
  });

  it('imports exactly the runtime types a side needs', () => {
    expect(scalarImports('Number', 'request')).toEqual(['Int64Input']);
    expect(scalarImports('Number', 'response')).toEqual(['Int64']);
    expect(scalarImports('Date', 'response')).toEqual([]);
  });

  it('matches TOP names exactly and case slips approximately; aliases belong to the spec stage (test/check/normalize)', () => {
    expect(matchScalar('Price')).toEqual({ top: 'Price', approximate: false });
    expect(matchScalar('BigDecimal')).toBeUndefined();
    expect(matchScalar('Map')).toBeUndefined();
    expect(matchScalar('string')).toEqual({ top: 'String', approximate: true });
    expect(matchScalar('Stirng')).toBeUndefined();
  });

  it('reports unknown, missing and childless object types and types them as Json', () => {
    const p = (name: string, type: string, children?: ParamSpec[]): ParamSpec => ({ name, type, description: '', ...(children ? { children } : {}) });
    const { model, diagnostics } = buildModel([
      {
        spec: { api: 'a.b', title: '', description: '', request: [], response: [p('typo', 'Stirng'), p('none', ''), p('nul', 'null'), p('obj', 'Thing'), p('s', 'String', [p('x', 'String')])] },
        file: 'specs/a.b.yaml',
      },
    ]);
    expect(model.apis[0]?.response.map((f) => f.type)).toEqual(Array(5).fill(null).map((_, i) => ({ kind: 'scalar', top: i === 4 ? 'String' : 'Json' })));
    expect(diagnostics.map((d) => [d.code, d.path, d.severity])).toEqual([
      ['TOP302', 'response.typo', 'warning'],
      ['TOP303', 'response.none', 'warning'],
      ['TOP302', 'response.nul', 'warning'],
      ['TOP302', 'response.obj', 'warning'],
      ['TOP306', 'response.s', 'warning'],
    ]);
  });
});
