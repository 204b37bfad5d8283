import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer } from 'node:net';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TopClient, TopError, TopTransportError, createMockGateway, fileFromPath, isReadMethod, type MockGateway, type MockResult } from '../../runtime/src/index.js';

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
      'taobao.fault.get': next('taobao.fault.get'),
      'taobao.fault.add': next('taobao.fault.add'),
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
  /** Calls a read (`taobao.fault.get`), or `method`, with the gateway answering `steps` in turn. */
  const fault = async (steps: MockResult[], extra = {}, callOptions = {}, method = 'taobao.fault.get') => {
    script = [...steps];
    calls[method] = 0;
    const result = await client(extra)
      .call({ method, params: {} }, callOptions)
      .then((v) => ({ ok: true as const, v }), (e: unknown) => ({ ok: false as const, e: e as any }));
    return { ...result, attempts: calls[method] };
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
    expect(e.sent).toBe(false);
    expect(e.message).not.toContain(appSecret);
  });

  it('a write is not sent again after a failure that may have run it', async () => {
    const write = (steps: MockResult[], callOptions = {}) => fault(steps, { timeoutMs: 100 }, callOptions, 'taobao.fault.add');
    const isp = { error: { code: 15, msg: 'Remote service error', sub_code: 'isp.top-remote-connection-timeout' } };
    for (const first of [isp, { error: { code: 10, msg: 'Service Currently Unavailable' } }, { status: 502 }, { raw: '{"a":' }, { delayMs: 400 }] as MockResult[]) {
      const r = await write([first, { done: 1 }]);
      expect([r.ok, r.attempts], JSON.stringify(first)).toEqual([false, 1]);
    }
    // Unless the caller says it is safe to repeat.
    expect(await write([isp, { done: 1 }], { idempotent: true })).toMatchObject({ ok: true, attempts: 2 });
    // A read can be told the opposite.
    expect(await fault([isp, { done: 1 }], {}, { idempotent: false })).toMatchObject({ ok: false, attempts: 1 });
  });

  it('a write is sent again after a failure that surely did not run it: a ban, HTTP 429', async () => {
    const ban = { error: { code: 7, msg: 'App Call Limited', sub_code: 'accesscontrol.limited-by-app-api-access-count', sub_msg: 'This ban will last for 0 more seconds' } };
    expect(await fault([ban, { done: 1 }], {}, {}, 'taobao.fault.add')).toMatchObject({ ok: true, attempts: 2 });
    expect(await fault([{ status: 429 }, { done: 1 }], {}, {}, 'taobao.fault.add')).toMatchObject({ ok: true, attempts: 2 });
  });

  it('a write is sent again when the connection was refused (it never left)', async () => {
    const port = await new Promise<number>((resolve) => {
      const s = createServer().listen(0, '127.0.0.1', () => {
        const p = (s.address() as { port: number }).port;
        s.close(() => resolve(p));
      });
    });
    let attempts = 0;
    const counting: typeof fetch = (input, init) => {
      attempts++;
      return fetch(input, init);
    };
    const c = new TopClient({ appKey, appSecret, gateway: `http://127.0.0.1:${port}/router/rest`, retryDelayMs: 1, retries: 2, fetch: counting });
    const e: any = await c.call({ method: 'taobao.fault.add', params: {} }).catch((x: unknown) => x);
    expect([e.kind, e.sent, attempts]).toEqual(['network', false, 3]);
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

  it('a business param cannot replace a system param or the signature, and a file param is not signed as text', () => {
    const c = new TopClient({ appKey, appSecret });
    const now = new Date(Date.UTC(2026, 0, 2, 3, 4, 5));
    const file = { data: new Uint8Array([1]), filename: 'a.jpg', contentType: 'image/jpeg' };
    const { text } = c.sign('taobao.x.get', { method: 'evil.get', app_key: 'other', sign: 'FORGED', nick: 'n', blank: ' ', pic: 'x' }, { pic: file }, { session }, false, now);
    expect(Object.keys(text).sort()).toEqual(['app_key', 'format', 'method', 'nick', 'session', 'sign', 'sign_method', 'timestamp', 'v']);
    expect(text).toMatchObject({ method: 'taobao.x.get', app_key: appKey, nick: 'n', timestamp: '2026-01-02 11:04:05' });
    const { sign, ...signed } = text;
    expect(sign).toMatch(/^[0-9A-F]{32}$/);
    expect(sign).not.toBe('FORGED');
    expect(c.sign('taobao.x.get', { nick: 'n' }, {}, { session }, false, now).text.sign).toBe(sign);
    expect(Object.keys(signed)).not.toContain('pic');
    // Business params named like Object.prototype's members are params like any other.
    expect(c.sign('taobao.x.get', { constructor: 'c', toString: 't' }, {}, {}, false, now).text).toMatchObject({ constructor: 'c', toString: 't' });
  });

  it('releases the per-attempt timeout timer as soon as the answer is read', async () => {
    const pending: ReturnType<typeof setTimeout>[] = [];
    const realSet = globalThis.setTimeout;
    const realClear = globalThis.clearTimeout;
    const live = new Set<unknown>();
    globalThis.setTimeout = ((fn: () => void, ms?: number) => {
      const t = realSet(() => {
        live.delete(t);
        fn();
      }, ms);
      live.add(t);
      pending.push(t);
      return t;
    }) as typeof setTimeout;
    globalThis.clearTimeout = ((t: ReturnType<typeof setTimeout>) => {
      live.delete(t);
      realClear(t);
    }) as typeof clearTimeout;
    try {
      const body = '{"x_get_response":{"ok":true}}';
      const fetch = (async () => ({ ok: true, status: 200, statusText: 'OK', text: async () => body })) as unknown as typeof globalThis.fetch;
      const c = new TopClient({ appKey, appSecret, fetch, timeoutMs: 60_000 });
      await expect(c.call({ method: 'taobao.x.get', params: {} })).resolves.toEqual({ ok: true });
      expect(pending.length).toBeGreaterThan(0);
      expect(live.size).toBe(0);
    } finally {
      globalThis.setTimeout = realSet;
      globalThis.clearTimeout = realClear;
    }
  });
});

describe('isReadMethod', () => {
  it.each([
    ['taobao.trades.sold.get', true],
    ['alibaba.wdk.refund.query', true],
    ['taobao.items.search', true],
    ['taobao.logistics.companies.list', true],
    ['alibaba.campus.space.unit.getlistmapbygroupid', true],
    ['taobao.tbk.item.batchget', true],
    ['taobao.fenxiao.itemquery', true],
    ['tmall.exchange.message.add', false],
    ['taobao.logistics.offline.send', false],
    ['alibaba.wdk.trade.refund.inform', false],
    ['taobao.simba.campaign.daybudget', false],
    ['taobao.fenxiao.account', false],
    ['aliyuncs.com.GetPubKey.2013-07-01', false],
  ])('%s → %s', (method, read) => {
    expect(isReadMethod(method)).toBe(read);
  });
});
