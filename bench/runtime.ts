/**
 * Runtime per-call overhead (serialize + sign + fake fetch + decode, no network) and lossless JSON decode
 * throughput against plain JSON.parse, on the deterministic trades fixture.
 */
import { TopClient, decodeResponse, parseJsonLossless, serializeParams, signParams } from '../runtime/src/index.js';
import type { ObjectSchema } from '../runtime/src/index.js';
import { median } from './util.js';
import {
  SMALL_BODY,
  SMALL_REQUEST,
  SMALL_REQUEST_SCHEMA,
  SMALL_RESPONSE_SCHEMA,
  TRADES_REQUEST,
  TRADES_REQUEST_SCHEMA,
  TRADES_RESPONSE_SCHEMA,
  tradesResponseBody,
} from './fixture.js';

export interface RuntimeBench {
  bodyBytes: number;
  trades: number;
  iterations: { large: number; small: number; smallBatch: number; throughput: number };
  /** Medians, microseconds. */
  us: {
    serialize: number;
    sign: number;
    decode: number;
    jsonParse: number;
    callLarge: number;
    /** callLarge − jsonParse: what the runtime adds over parsing the body with JSON.parse. */
    callLargeOverJsonParse: number;
    /** serialize + sign of the large call's request (everything before the body arrives). */
    requestSide: number;
    callSmall: number;
  };
  /** MB/s of the lossless parse, the whole decode and JSON.parse; `ratio` and `decodeRatio` are time ÷ JSON.parse's. */
  throughput: { losslessMBps: number; decodeMBps: number; jsonParseMBps: number; ratio: number; decodeRatio: number };
  /** The decoded trades kept 19-digit ids exact (sanity check of the fixture and the decoder). */
  idsExact: boolean;
}

const now = (): number => performance.now();

/** Median of `iterations` timed runs of a synchronous function, after `warmup` untimed ones; microseconds. */
function timeSync(fn: () => unknown, iterations: number, warmup: number): number {
  for (let i = 0; i < warmup; i++) fn();
  const samples: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const t = now();
    fn();
    samples.push(now() - t);
  }
  return median(samples) * 1000;
}

/** Same for a cheap function: times batches of `batch` calls; median per call, microseconds. */
function timeSyncBatched(fn: () => unknown, batches: number, batch: number, warmup: number): number {
  for (let i = 0; i < warmup; i++) fn();
  const samples: number[] = [];
  for (let b = 0; b < batches; b++) {
    const t = now();
    for (let i = 0; i < batch; i++) fn();
    samples.push((now() - t) / batch);
  }
  return median(samples) * 1000;
}

async function timeAsync(fn: () => Promise<unknown>, batches: number, batch: number, warmup: number): Promise<number> {
  for (let i = 0; i < warmup; i++) await fn();
  const samples: number[] = [];
  for (let b = 0; b < batches; b++) {
    const t = now();
    for (let i = 0; i < batch; i++) await fn();
    samples.push((now() - t) / batch);
  }
  return median(samples) * 1000;
}

/** A fetch that answers at once with `body`: no network, no real Response object. */
function fakeFetch(body: string): typeof fetch {
  const res = { ok: true, status: 200, statusText: 'OK', text: async () => body };
  return (async () => res) as unknown as typeof fetch;
}

export async function benchRuntime(log: (line: string) => void): Promise<RuntimeBench> {
  const trades = 300;
  const body = tradesResponseBody(trades);
  const bodyBytes = Buffer.byteLength(body);
  const method = 'taobao.trades.sold.get';
  const secret = 'bench-secret-0123456789abcdef';
  const large = 300;
  const small = { batches: 60, batch: 200 };
  const throughputIterations = 200;
  log(`runtime: ${(bodyBytes / 1024).toFixed(0)} KB body, ${trades} trades…`);

  // Components.
  const serialize = timeSyncBatched(() => serializeParams(TRADES_REQUEST, TRADES_REQUEST_SCHEMA), 60, 200, 2000);
  const text = serializeParams(TRADES_REQUEST, TRADES_REQUEST_SCHEMA) as Record<string, string>;
  const signed: Record<string, string> = { ...text, method, app_key: '12345678', timestamp: '2026-11-23 12:00:00', v: '2.0', sign_method: 'md5', format: 'json', session: 'bench-session' };
  const sign = timeSyncBatched(() => signParams(signed, secret, 'md5'), 60, 200, 2000);
  const decodeOpts = { method, schema: TRADES_RESPONSE_SCHEMA as ObjectSchema };
  const decode = timeSync(() => decodeResponse(body, decodeOpts), large, 100);
  const jsonParse = timeSync(() => JSON.parse(body), large, 100);

  // Whole calls through the client, with a fake fetch.
  const client = new TopClient({ appKey: '12345678', appSecret: secret, fetch: fakeFetch(body), retries: 0 });
  const callLargeReq = { method, params: TRADES_REQUEST, request: TRADES_REQUEST_SCHEMA, response: TRADES_RESPONSE_SCHEMA };
  const callLarge = await timeAsync(() => client.call(callLargeReq, { session: 'bench-session' }), large, 1, 50);
  const smallClient = new TopClient({ appKey: '12345678', appSecret: secret, fetch: fakeFetch(SMALL_BODY), retries: 0 });
  const callSmallReq = { method: 'taobao.user.avatar.get', params: SMALL_REQUEST, request: SMALL_REQUEST_SCHEMA, response: SMALL_RESPONSE_SCHEMA };
  const callSmall = await timeAsync(() => smallClient.call(callSmallReq, { session: 'bench-session' }), small.batches, small.batch, 2000);

  // Decode throughput, alternating so that all three see the same machine state: the lossless parse alone, the
  // whole schema-driven decode a generated function runs (parse, unwrap lists, Int64, booleans), plain JSON.parse.
  const lossless: number[] = [];
  const decoded3: number[] = [];
  const plain: number[] = [];
  for (let i = 0; i < 30; i++) {
    parseJsonLossless(body);
    decodeResponse(body, decodeOpts);
    JSON.parse(body);
  }
  for (let i = 0; i < throughputIterations; i++) {
    let t = now();
    parseJsonLossless(body);
    lossless.push(now() - t);
    t = now();
    decodeResponse(body, decodeOpts);
    decoded3.push(now() - t);
    t = now();
    JSON.parse(body);
    plain.push(now() - t);
  }
  const losslessMs = median(lossless);
  const decodeMs = median(decoded3);
  const plainMs = median(plain);
  const mbps = (ms: number): number => bodyBytes / (1024 * 1024) / (ms / 1000);

  // Sanity: the first trade id survives exactly.
  const firstId = /"tid":(\d+)/.exec(body)?.[1];
  const decoded = decodeResponse(body, decodeOpts) as { trades?: Array<{ tid?: unknown }> };
  const idsExact = firstId !== undefined && decoded.trades?.[0]?.tid === firstId;

  return {
    bodyBytes,
    trades,
    iterations: { large, small: small.batches * small.batch, smallBatch: small.batch, throughput: throughputIterations },
    us: {
      serialize,
      sign,
      decode,
      jsonParse,
      callLarge,
      callLargeOverJsonParse: callLarge - jsonParse,
      requestSide: serialize + sign,
      callSmall,
    },
    throughput: { losslessMBps: mbps(losslessMs), decodeMBps: mbps(decodeMs), jsonParseMBps: mbps(plainMs), ratio: losslessMs / plainMs, decodeRatio: decodeMs / plainMs },
    idsExact,
  };
}
