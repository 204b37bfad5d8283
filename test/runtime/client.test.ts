import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer } from 'node:net';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TopClient, TopError, TopTransportError, createMockGateway, fileFromPath, type MockGateway, type MockResult } from '../../runtime/src/index.js';

const appKey = '12345678';
const appSecret = 'S3CR3T-app-secret-value';
const session = 'SESSION-6100e2f1a2b3c4d5';
let gw: MockGateway;
let script: MockResult[] = [];
const calls: Record<string, number> = {};

beforeAll(async () => {
  const next = (m: string) => (): MockResult => {
    calls[m] = (calls[m] ?? 0) + 1;
    return script.shift() ?? { ok: true };
  };
  gw = await createMockGateway({
    appKey,
    appSecret,
    handlers: {
      'taobao.trades.sold.get': (req) => ({
        total_results: 1,
        trades: { trade: [{ tid: 7104300007405429232n, title: req.params.title ?? null }] },
        request_id: 'r1',
      }),
      'tmall.exchange.message.add': (req) => ({
        result: {
          results: {
            refund_message: [{ id: 1, content: req.params.content, pic_urls: { pic_url: Object.values(req.files).map((f) => ({ url: `${f.filename}|${f.contentType}|${f.data.length}` })) } }],
          },
        },
      }),
      'taobao.fault': next('taobao.fault'),
    },
  });
});
afterAll(() => gw.close());

const client = (extra: Partial<ConstructorParameters<typeof TopClient>[0]> = {}) =>
  new TopClient({ appKey, appSecret, gateway: gw.url, retryDelayMs: 5, timeoutMs: 2000, ...extra });

const tradesSchema = { total_results: 'Number', trades: [{ tid: 'Number', title: 'String' }] } as const;

describe('TopClient against the mock gateway', () => {
  for (const signMethod of ['md5', 'hmac', 'hmac-sha256'] as const) {
    it(`form call (${signMethod}) decodes with the schema`, async () => {
      const res = await client({ signMethod }).call<any>(
        { method: 'taobao.trades.sold.get', params: { title: 'A&B=C+D 100% 棉\n第二行', page_no: 1, empty: '  ' }, request: { page_no: 'Number' }, response: tradesSchema },
        { session },
      );
      expect(res).toEqual({ total_results: '1', trades: [{ tid: '7104300007405429232', title: 'A&B=C+D 100% 棉\n第二行' }], request_id: 'r1' });
      const last = gw.requests.at(-1)!;
      expect(last.contentType).toMatch(/^application\/x-www-form-urlencoded;charset=UTF-8/);
      expect(last.params).toMatchObject({ v: '2.0', format: 'json', sign_method: signMethod, session, page_no: '1' });
      expect('empty' in last.params).toBe(false);
    });
  }

  it('multipart call with a file and a text param containing \\n passes the signature check', async () => {
    const res = await client().call<any>(
      {
        method: 'tmall.exchange.message.add',
        params: { content: '您好\n换货申请已收到😀\r\n', dispute_id: 9007199254740993n, message_pics: { name: 'pic.jpg', data: new Uint8Array([0xff, 0xd8, 0x0d, 0x0a, 0]), type: 'image/jpeg' } },
        request: { content: 'String', dispute_id: 'Number', message_pics: 'byte[]' },
        response: { result: { results: [{ id: 'Number', content: 'String', pic_urls: [{ url: 'String' }] }] } },
      },
      { simplify: false },
    );
    expect(res.result.results[0]).toEqual({ id: '1', content: '您好\n换货申请已收到😀\r\n', pic_urls: [{ url: 'pic.jpg|image/jpeg|5' }] });
    const last = gw.requests.at(-1)!;
    expect(last.contentType).toMatch(/^multipart\/form-data; boundary=/);
    expect(last.params.dispute_id).toBe('9007199254740993');
    expect(last.files.message_pics!.data).toEqual(new Uint8Array([0xff, 0xd8, 0x0d, 0x0a, 0]));
  });

  it('uploads Blob, Buffer and fileFromPath files', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'topgen-rt-'));
    writeFileSync(join(dir, 'a.png'), Buffer.from([1, 2, 3]));
    const res = await client().execute('tmall.exchange.message.add', {
      content: 'x',
      a: await fileFromPath(join(dir, 'a.png')),
      b: new Blob([new Uint8Array([9])], { type: 'text/plain' }),
      c: Buffer.from([7, 7]),
    } as never);
    expect((res as any).result.results.refund_message[0].pic_urls.pic_url.map((p: any) => p.url)).toEqual(['a.png|image/png|3', 'b|text/plain|1', 'c|application/octet-stream|2']);
  });

  it('execute forces simplify=true and serializes by value', async () => {
    const res = (await client().execute('taobao.trades.sold.get', { title: 't', ids: [1, 2] } as never)) as any;
    expect(gw.requests.at(-1)!.params).toMatchObject({ simplify: 'true', ids: '1,2' });
    expect(res.trades.trade[0].tid).toBe('7104300007405429232');
  });

  it('a wrong secret gets code 25 (not retried); unknown method gets 22; secrets absent from messages', async () => {
    const bad = new TopClient({ appKey, appSecret: 'wrong-secret-xyz', gateway: gw.url, retryDelayMs: 5 });
    const n = gw.requests.length;
    const err: any = await bad.call({ method: 'taobao.trades.sold.get', params: { q: 'wrong-secret-xyz' } }, { session }).catch((e: any) => e as any);
    expect(err).toBeInstanceOf(TopError);
    expect(err.code).toBe(25);
    expect(err.retryable).toBe(false);
    expect(gw.requests.length).toBe(n + 1);
    const e22: any = await client().call({ method: 'taobao.nope', params: {} }).catch((e: any) => e as any);
    expect(e22.code).toBe(22);
    script = [{ error: { code: 15, msg: `bad ${appSecret} ${session}`, sub_code: 'isv.x', sub_msg: `echo ${session}` } }];
    const echoed: any = await client().call({ method: 'taobao.fault', params: {} }, { session }).catch((e: any) => e as any);
    for (const e of [err, e22, echoed]) {
      expect(`${e.message} ${e.stack} ${e.msg} ${e.subMsg}`).not.toContain(appSecret);
      expect(`${e.message} ${e.stack} ${e.msg} ${e.subMsg}`).not.toContain(session);
      expect(`${e.message}`).not.toContain('wrong-secret-xyz');
    }
  });
});

describe('faults and retries', () => {
  const fault = async (steps: MockResult[], extra = {}, callOptions = {}) => {
    script = [...steps];
    calls['taobao.fault'] = 0;
    const result = await client(extra)
      .call({ method: 'taobao.fault', params: {} }, callOptions)
      .then((v) => ({ ok: true as const, v }), (e: unknown) => ({ ok: false as const, e: e as any }));
    return { ...result, attempts: calls['taobao.fault'] };
  };

  it('isp. error is retried, then succeeds', async () => {
    const r = await fault([{ error: { code: 15, msg: 'Remote service error', sub_code: 'isp.top-remote-connection-timeout' } }, { done: 1 }]);
    expect(r).toMatchObject({ ok: true, v: { done: '1' }, attempts: 2 });
  });

  it('isv. error is not retried', async () => {
    const r = await fault([{ error: { code: 15, msg: 'Remote service error', sub_code: 'isv.invalid-parameter' } }, { done: 1 }]);
    expect(r.ok).toBe(false);
    expect(r.attempts).toBe(1);
    expect(r.ok || r.e.subCode).toBe('isv.invalid-parameter');
  });

  it('retry budget exhausted throws the last error', async () => {
    const isp = { error: { code: 10, msg: 'Service Currently Unavailable' } };
    const r = await fault([isp, isp, isp, isp, { done: 1 }], { retries: 2 });
    expect(r.ok).toBe(false);
    expect(r.attempts).toBe(3);
    expect(r.ok || r.e.code).toBe(10);
  });

  it('HTTP 502 is a retryable transport error', async () => {
    const r = await fault([{ status: 502 }, { status: 502 }, { status: 502 }]);
    expect(r.attempts).toBe(3);
    expect(r.ok || [r.e instanceof TopTransportError, r.e.kind, r.e.status]).toEqual([true, 'http', 502]);
  });

  it('malformed JSON is a transport error; a retry can recover', async () => {
    const r = await fault([{ raw: '{"a":' }, { raw: 'nope' }, { raw: '<x' }], { retries: 2 });
    expect(r.ok || [r.e instanceof TopTransportError, r.e.kind]).toEqual([true, 'malformed']);
    const ok = await fault([{ raw: '{"a":' }, { fine: true }]);
    expect(ok).toMatchObject({ ok: true, v: { fine: true }, attempts: 2 });
  });

  it('timeout per attempt', async () => {
    const r = await fault([{ delayMs: 400 }, { delayMs: 400 }], { timeoutMs: 100, retries: 1 });
    expect(r.ok || [r.e instanceof TopTransportError, r.e.kind]).toEqual([true, 'timeout']);
    expect(r.attempts).toBe(2);
  });

  it('caller abort is not retried', async () => {
    const ac = new AbortController();
    setTimeout(() => ac.abort(), 50);
    const r = await fault([{ delayMs: 300 }, { done: 1 }], { retries: 3 }, { signal: ac.signal });
    expect(r.ok || [r.e.kind, r.e.retryable]).toEqual(['aborted', false]);
    expect(r.attempts).toBe(1);
  });

  it('connection refused on a closed 127.0.0.1 port', async () => {
    const port = await new Promise<number>((resolve) => {
      const s = createServer().listen(0, '127.0.0.1', () => {
        const p = (s.address() as { port: number }).port;
        s.close(() => resolve(p));
      });
    });
    const c = new TopClient({ appKey, appSecret, gateway: `http://127.0.0.1:${port}/router/rest`, retryDelayMs: 1, retries: 1 });
    const e: any = await c.call({ method: 'x.y', params: {} }, { session }).catch((x: any) => x as any);
    expect(e).toBeInstanceOf(TopTransportError);
    expect(e.kind).toBe('network');
    expect(e.retryable).toBe(true);
    expect(e.message).not.toContain(appSecret);
  });

  it('rate-limit code 7 is retryable', async () => {
    const r = await fault([{ error: { code: 7, msg: 'App Call Limited', sub_code: 'accesscontrol.limited-by-app-api-access-count', sub_msg: 'This ban will last for 0 more seconds' } }, { done: 2 }]);
    expect(r).toMatchObject({ ok: true, attempts: 2 });
  });
});

describe('client guards', () => {
  it('rejects an unknown sign method at construction, not as a retryable network error', () => {
    expect(() => new TopClient({ appKey: 'k', appSecret: 's', signMethod: 'sha1' as never })).toThrow(/signMethod must be md5, hmac or hmac-sha256/);
  });
});
