import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { encodeDecimal, serializeParams, toJsonText } from '../../runtime/src/serialize.js';
import type { ObjectSchema } from '../../runtime/src/schema.js';

const d = new Date('2024-05-20T05:14:15Z'); // 13:14:15 in UTC+8

describe('serializeParams with a schema', () => {
  const schema: ObjectSchema = {
    id: 'Number',
    small: 'byte',
    on: 'Boolean',
    at: 'Date',
    price: 'Price',
    tags: ['String'],
    ids: ['Number'],
    fields: 'Field List',
    extra: 'Json',
    pic: 'byte[]',
    dto: { shop_id: 'String', refund_id: 'Number', when: 'Date', subs: [{ qty: 'Number', amount: 'Price' }] },
    dtos: [{ n: 'Number' }],
    title: 'String',
  };

  it('encodes each TOP type', () => {
    const out = serializeParams(
      {
        id: 1234567890123456789n,
        small: 3,
        on: false,
        at: d,
        price: 199.9,
        tags: ['a', 'b', 'c'],
        ids: [1, 9007199254740993n, '42'],
        fields: ['tid', 'status'],
        extra: { k: 'v', n: 1 },
        pic: { name: 'a.jpg', data: new Uint8Array([1, 2]) },
        dto: { shop_id: 'S1', refund_id: '987654321098765432', when: d, missing: null, subs: [{ qty: 2, amount: '12.50' }] },
        dtos: [{ n: 1 }, { n: 2n }],
        title: 'line1\nline2',
      },
      schema,
    );
    expect(out).toMatchObject({
      id: '1234567890123456789',
      small: '3',
      on: 'false',
      at: '2024-05-20 13:14:15',
      price: '199.9',
      tags: 'a,b,c',
      ids: '1,9007199254740993,42',
      fields: 'tid,status',
      extra: '{"k":"v","n":1}',
      dto: '{"shop_id":"S1","refund_id":987654321098765432,"when":"2024-05-20 13:14:15","subs":[{"qty":2,"amount":"12.50"}]}',
      dtos: '[{"n":1},{"n":2}]',
      title: 'line1\nline2',
    });
    expect(out.pic).toEqual({ name: 'a.jpg', data: new Uint8Array([1, 2]) });
  });

  it('accepts a 19-digit id as string or bigint, refuses an unsafe number', () => {
    expect(serializeParams({ id: '9223372036854775807' }, { id: 'Number' }).id).toBe('9223372036854775807');
    expect(serializeParams({ id: -5n }, { id: 'Number' }).id).toBe('-5');
    expect(() => serializeParams({ id: 9007199254740993 }, { id: 'Number' })).toThrow(/safe integer/);
    expect(() => serializeParams({ id: '12a' }, { id: 'Number' })).toThrow(TypeError);
  });

  it('omits null, undefined, empty and blank values', () => {
    expect(serializeParams({ a: null, b: undefined, c: '', e: '  ', f: 'x' }, { a: 'String' })).toEqual({ f: 'x' });
  });

  it('passes Date strings and pre-encoded JSON strings through', () => {
    expect(serializeParams({ at: '2024-01-01', dto: '{"a":1}' }, { at: 'Date', dto: { a: 'Number' } })).toEqual({
      at: '2024-01-01',
      dto: '{"a":1}',
    });
  });

  it('Price never uses exponent notation', () => {
    expect(encodeDecimal(1e21, 'p')).toBe('1000000000000000000000');
    expect(encodeDecimal(1e-7, 'p')).toBe('0.0000001');
    fc.assert(fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => !/e/i.test(encodeDecimal(x, 'p'))));
  });
});

describe('serializeParams by value (no schema)', () => {
  it('decides by the JS type', () => {
    const out = serializeParams({
      n: 7,
      big: 12345678901234567890n,
      b: true,
      at: d,
      list: ['x', 'y'],
      nums: [1, 2],
      obj: { a: [1, { b: null, c: d }], z: undefined },
      objs: [{ a: 1 }],
      buf: Buffer.from('hi'),
      price: 0.5,
    });
    expect(out).toMatchObject({
      n: '7',
      big: '12345678901234567890',
      b: 'true',
      at: '2024-05-20 13:14:15',
      list: 'x,y',
      nums: '1,2',
      obj: '{"a":[1,{"c":"2024-05-20 13:14:15"}]}',
      objs: '[{"a":1}]',
      price: '0.5',
    });
    expect(out.buf).toEqual({ name: 'buf', data: Buffer.from('hi') });
  });

  it('toJsonText keeps a JSON-carrying String field escaped', () => {
    expect(toJsonText({ ext_attrs: { source: 'isv' } }, { ext_attrs: 'String' })).toBe('{"ext_attrs":"{\\"source\\":\\"isv\\"}"}');
  });

  it('the hmac-md5-json-object vector param can be produced from an object', () => {
    const text = toJsonText(
      {
        detail_order_id: 1234567890123456789n,
        occur_time: 1716182055,
        operate_type: 1,
        operate_tips: '鉴定中，请稍候',
        outer_case_id: 'CASE-0001',
        refund_id: '987654321098765432',
        ext_attrs: '{"source":"isv","note":"a/b \\"q\\""}',
      },
      { detail_order_id: 'Number', occur_time: 'Number', operate_type: 'Number', refund_id: 'Number', ext_attrs: 'String' },
    );
    expect(text).toBe(
      '{"detail_order_id":1234567890123456789,"occur_time":1716182055,"operate_type":1,"operate_tips":"鉴定中，请稍候","outer_case_id":"CASE-0001","refund_id":987654321098765432,"ext_attrs":"{\\"source\\":\\"isv\\",\\"note\\":\\"a/b \\\\\\"q\\\\\\"\\"}"}',
    );
  });
});
