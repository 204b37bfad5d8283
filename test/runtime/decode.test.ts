import { describe, expect, it } from 'vitest';
import { parseJsonLossless, quoteUnsafeIntegers } from '../../runtime/src/json.js';
import { decodeResponse, decodeValue } from '../../runtime/src/decode.js';
import { TopTransportError } from '../../runtime/src/errors.js';
import type { ObjectSchema } from '../../runtime/src/schema.js';

describe('parseJsonLossless', () => {
  it('keeps 19-digit ids exact, leaves strings, fractions and safe numbers alone', () => {
    const v = parseJsonLossless('{"id":1234567890123456789,"s":"1234567890123456789x","f":1.12345678901234567,"n":-12,"e":1e300,"neg":-9223372036854775808}') as any;
    expect(v).toEqual({ id: '1234567890123456789', s: '1234567890123456789x', f: 1.12345678901234567, n: -12, e: 1e300, neg: '-9223372036854775808' });
  });
  it('does not touch digits inside strings with escapes', () => {
    expect(quoteUnsafeIntegers('["a\\"12345678901234567890",12345678901234567890]')).toBe('["a\\"12345678901234567890","12345678901234567890"]');
  });
  it('re-parses text with raw control chars inside strings', () => {
    expect(parseJsonLossless('{"desc":"a\tb\nc","id":12345678901234567890}')).toEqual({ desc: 'a\tb\nc', id: '12345678901234567890' });
  });
  it('throws on garbage', () => expect(() => parseJsonLossless('{"a":')).toThrow(SyntaxError));

  it('keeps every id of a 200 KB trades-like body exact (its speed is a figure of npm run bench)', () => {
    // ~20 fields per item, one int64 (tid) past 2^53 each, strings with escaped JSON that holds long digit runs.
    const item = (i: number): string =>
      `{"tid":${7104300007405429232n + BigInt(i)},"num_iid":${586139853925 + i},"title":${JSON.stringify(`商品 ${i} "q"`)},` +
      `"price":"12.50","payment":"200.07","status":"TRADE_FINISHED","created":"2024-05-20 13:14:15","modified":"2024-05-21 08:00:00",` +
      `"buyer_nick":"buyer${i}","seller_nick":"seller","num":${i % 7},"post_fee":"0.00","has_post_fee":true,"type":"fixed",` +
      `"content":${JSON.stringify(JSON.stringify({ nick: 'n', id: 7104300007405429232n.toString() }))},"orders":{"order":[{"oid":${1000 + i},"title":"x","sku_properties_name":"颜色:红色"}]}}`;
    const body = `{"trades_sold_get_response":{"trades":{"trade":[${Array.from({ length: 500 }, (_, i) => item(i)).join(',')}]}}}`;
    expect(body.length).toBeGreaterThan(200_000);
    const trades = (parseJsonLossless(body) as any).trades_sold_get_response.trades.trade as { tid: string; content: string }[];
    expect(trades.map((t) => t.tid)).toEqual(Array.from({ length: 500 }, (_, i) => (7104300007405429232n + BigInt(i)).toString()));
    expect(JSON.parse(trades[7]!.content)).toEqual({ nick: 'n', id: '7104300007405429232' });
  });
});

describe('decodeResponse', () => {
  const schema: ObjectSchema = { result: { results: [{ id: 'Number', on: 'Boolean', pic_urls: [{ url: 'String' }], tags: ['String'], price: 'Price' }] } };

  it('unwraps the root and list wrappers (simplify off), keeps a 19-digit id and extra fields', () => {
    const body =
      '{"x_y_response":{"result":{"results":{"refund_message":[{"id":1234567890123456789,"on":"true","pic_urls":{"pic_url":[{"url":"u"}]},"tags":{"string":["a","b"]},"price":12.5,"extra":{"k":[1]}}]}},"request_id":"r"}}';
    expect(decodeResponse(body, { method: 'taobao.x.y', schema, mode: 'string' })).toEqual({
      result: { results: [{ id: '1234567890123456789', on: true, pic_urls: [{ url: 'u' }], tags: ['a', 'b'], price: '12.5', extra: { k: [1] } }] },
      request_id: 'r',
    });
  });

  it('simplify on: the root is the body, lists are arrays', () => {
    const body = '{"result":{"results":[{"id":1,"pic_urls":[]}]},"request_id":"r"}';
    expect(decodeResponse(body, { method: 'taobao.x.y', schema, simplify: true, mode: 'bigint' })).toEqual({
      result: { results: [{ id: 1n, pic_urls: [] }] },
      request_id: 'r',
    });
  });

  it('falls back to the only non-error root key and handles {} and single objects as lists', () => {
    const body = '{"Weird_Name_response":{"result":{"results":{}},"more":1}}';
    expect(decodeResponse(body, { method: 'alibaba.aliqin.fc.iot.cardInfo', schema })).toEqual({ result: { results: [] }, more: 1 });
    expect(decodeValue({ pic_url: { url: 'u' } }, [{ url: 'String' }])).toEqual([{ url: 'u' }]);
    expect(decodeValue({ url: 'u' }, [{ url: 'String' }])).toEqual([{ url: 'u' }]);
  });

  it('XML: single-item lists become arrays, scalars coerced', () => {
    const xml = '<?xml version="1.0"?><x_response><result><results><m><id>5</id><on>false</on><tags><string>a&amp;b</string></tags></m></results></result></x_response><!-- c -->';
    expect(decodeResponse(xml, { method: 'x', schema, mode: 'number' })).toEqual({ result: { results: [{ id: 5, on: false, tags: ['a&b'] }] } });
  });

  it('malformed bodies are TopTransportError (malformed)', () => {
    expect(() => decodeResponse('<html>oops', { method: 'x' })).toThrow(TopTransportError);
    expect(() => decodeResponse('not json', { method: 'x' })).toThrow(/malformed/);
  });
});

describe('decoding without a schema (client.execute)', () => {
  it('reads every integer as Int64 and other numbers as decimal text, losslessly', async () => {
    const { decodeResponse } = await import('../../runtime/src/decode.js');
    const body = '{"total_results":11,"trades":[{"tid":7104300007405429232,"payment":200.07,"paid":true,"title":"t"}]}';
    expect(decodeResponse(body, { method: 'taobao.trades.sold.get', simplify: true })).toEqual({
      total_results: '11',
      trades: [{ tid: '7104300007405429232', payment: '200.07', paid: true, title: 't' }],
    });
  });
});

describe('field names Object.prototype also has', () => {
  it('keeps __proto__, constructor and toString fields as data, decoded by their own schema only', () => {
    const schema = { constructor: 'Number', item: { __proto__x: 'String' } } as unknown as ObjectSchema;
    const body = '{"r_response":{"constructor":12,"toString":34,"__proto__":{"polluted":true},"item":{"hasOwnProperty":5}}}';
    const v = decodeResponse(body, { method: 'r', schema }) as Record<string, unknown>;
    expect(Object.getPrototypeOf(v)).toBe(Object.prototype);
    expect(Object.keys(v)).toEqual(['constructor', 'toString', '__proto__', 'item']);
    expect(v.constructor).toBe('12');
    expect(v.toString).toBe(34);
    expect(Object.getOwnPropertyDescriptor(v, '__proto__')?.value).toEqual({ polluted: true });
    expect(v.item).toEqual({ hasOwnProperty: 5 });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('keeps a __proto__ field without a schema (client.execute) and reads its numbers as Int64', () => {
    const v = decodeResponse('{"__proto__":{"n":1},"m":2}', { method: 'r', simplify: true }) as Record<string, unknown>;
    expect(Object.getPrototypeOf(v)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(v, '__proto__')?.value).toEqual({ n: '1' });
    expect(v.m).toBe('2');
  });

  it('collects a repeated XML element named __proto__ as data', async () => {
    const { xmlToValue } = await import('../../runtime/src/decode.js');
    const { parseXml } = await import('../../runtime/src/xml.js');
    const v = xmlToValue(parseXml('<r><__proto__>1</__proto__><__proto__>2</__proto__></r>'), {}, 'string') as Record<string, unknown>;
    expect(Object.getPrototypeOf(v)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(v, '__proto__')?.value).toEqual(['1', '2']);
  });
});

describe('Int64 modes on safe and unsafe integers', () => {
  it('gives the same value whichever path a number takes', async () => {
    const { toInt64 } = await import('../../runtime/src/decode.js');
    for (const [input, string, bigint, number] of [
      [12, '12', 12n, 12],
      [-7, '-7', -7n, -7],
      [2 ** 60, '1152921504606846976', 1152921504606846976n, 2 ** 60],
      ['7104300007405429232', '7104300007405429232', 7104300007405429232n, 7104300007405429232],
      [' 42 ', '42', 42n, 42],
      [1.5, '1.5', 1.5, 1.5],
    ] as const) {
      expect(toInt64(input, 'string'), String(input)).toBe(string);
      expect(toInt64(input, 'bigint'), String(input)).toBe(bigint);
      expect(toInt64(input, 'number'), String(input)).toBe(number);
    }
    expect(toInt64('abc', 'string')).toBe('abc');
  });
});

describe('XML repeats', () => {
  it('collects an element repeated three times into one flat array', async () => {
    const { xmlToValue } = await import('../../runtime/src/decode.js');
    const { parseXml } = await import('../../runtime/src/xml.js');
    expect(xmlToValue(parseXml('<r><a>1</a><a>2</a><a>3</a></r>'), {}, 'string')).toEqual({ a: ['1', '2', '3'] });
  });
});
