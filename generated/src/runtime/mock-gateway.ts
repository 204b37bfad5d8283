/**
 * A local TOP gateway for tests (yours and ours): a real node:http server on 127.0.0.1 that checks system params
 * and the signature exactly as TOP does, then answers from per-method handlers.
 *
 * A handler returns one of:
 * - a response body object → sent as `{"<root>_response": body}` (or `body` itself when the request had simplify=true);
 * - `{ error: { code, msg, sub_code?, sub_msg? } }` → `{"error_response": ...}`;
 * - `{ status: 502 }` / `{ raw: 'text' }` (optionally both, plus `contentType`) → that HTTP status / raw body;
 * - `{ delayMs, then? }` → waits, then answers with `then` (default `{}`).
 * Only objects whose keys are exactly those fault keys are read as faults; any other object is a body.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseMultipart, type ResolvedFile } from './multipart.js';
import { formatTopDate, parseTopDate, signParams } from './sign.js';
import { responseRootKey } from './decode.js';
import { toJsonText } from './serialize.js';
import type { SignMethod } from './types.js';

export interface MockRequest {
  method: string;
  params: Record<string, string>;
  files: Record<string, ResolvedFile>;
  session?: string;
  contentType: string;
}

export type MockResult =
  | Record<string, unknown>
  | { error: { code: number; msg: string; sub_code?: string; sub_msg?: string; request_id?: string } }
  | { status?: number; raw?: string; contentType?: string }
  | { delayMs: number; then?: MockResult };

export type MockHandler = (req: MockRequest) => MockResult | Promise<MockResult>;

export interface MockGatewayOptions {
  appKey: string;
  appSecret: string;
  handlers: Record<string, MockHandler>;
}

export interface MockGateway {
  /** Gateway URL to pass as `TopClientOptions.gateway`. */
  url: string;
  /** Every request received (also those rejected by the checks), in order. */
  requests: MockRequest[];
  close(): Promise<void>;
}

type Reply = { status: number; body: string; contentType: string } | { delayMs: number; then: MockResult };
const FAULT_KEYS = new Set(['status', 'raw', 'contentType']);

/** Interprets a handler result for a request. */
function toReply(result: MockResult, method: string, simplify: boolean): Reply {
  const r = result as Record<string, unknown>;
  const keys = Object.keys(r);
  const json = (v: unknown): Reply => ({
    status: 200,
    body: toJsonText(v) ?? 'null',
    contentType: 'application/json;charset=UTF-8',
  });
  if (keys.length === 1 && keys[0] === 'error') return json({ error_response: r.error });
  if (typeof r.delayMs === 'number' && keys.every((k) => k === 'delayMs' || k === 'then'))
    return { delayMs: r.delayMs, then: (r.then as MockResult | undefined) ?? {} };
  if (
    keys.length > 0 &&
    keys.every((k) => FAULT_KEYS.has(k)) &&
    (typeof r.status === 'number' || typeof r.raw === 'string')
  )
    return {
      status: typeof r.status === 'number' ? r.status : 200,
      body: typeof r.raw === 'string' ? r.raw : '',
      contentType: typeof r.contentType === 'string' ? r.contentType : 'text/plain;charset=UTF-8',
    };
  return json(simplify ? r : { [responseRootKey(method)]: r });
}

const topError = (code: number, msg: string, sub?: string): MockResult => ({
  error: { code, msg, ...(sub ? { sub_code: sub } : {}), request_id: 'mock' },
});

/** Checks system params and signature; returns an error result or undefined when the request is valid. */
function check(req: MockRequest, options: MockGatewayOptions): MockResult | undefined {
  const p = req.params;
  if (!p.method) return topError(21, 'Missing method');
  if (!p.app_key) return topError(28, 'Missing app key');
  if (p.app_key !== options.appKey) return topError(29, 'Invalid app Key', 'isv.appkey-not-exists');
  if (!p.timestamp) return topError(30, 'Missing timestamp');
  const ts = parseTopDate(p.timestamp);
  if (!ts || formatTopDate(ts) !== p.timestamp || Math.abs(ts.getTime() - Date.now()) > 10 * 60_000)
    return topError(31, 'Invalid timestamp');
  if (!p.v) return topError(32, 'Missing version');
  if (p.v !== '2.0') return topError(34, 'Unsupported version');
  if (p.format !== undefined && p.format !== 'json')
    return topError(23, 'Invalid format (the mock gateway answers json only)');
  const signMethod = (p.sign_method ?? 'md5') as SignMethod;
  if (!['md5', 'hmac', 'hmac-sha256'].includes(signMethod))
    return topError(25, 'Invalid signature', 'isv.invalid-sign-method');
  if (!p.sign) return topError(24, 'Missing signature');
  const { sign, ...rest } = p;
  if (signParams(rest, options.appSecret, signMethod) !== sign) return topError(25, 'Invalid signature');
  if (!Object.hasOwn(options.handlers, p.method)) return topError(22, 'Invalid method');
  return undefined;
}

async function readRequest(req: IncomingMessage): Promise<MockRequest> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  const raw = Buffer.concat(chunks);
  const contentType = req.headers['content-type'] ?? '';
  const params: Record<string, string> = {};
  let files: Record<string, ResolvedFile> = {};
  for (const [k, v] of new URL(req.url ?? '/', 'http://127.0.0.1').searchParams) params[k] = v;
  if (/^multipart\/form-data/i.test(contentType)) {
    const parsed = parseMultipart(raw, contentType);
    Object.assign(params, parsed.fields);
    files = parsed.files;
  } else {
    for (const [k, v] of new URLSearchParams(raw.toString('utf8'))) params[k] = v;
  }
  const out: MockRequest = { method: params.method ?? '', params, files, contentType };
  if (params.session !== undefined) out.session = params.session;
  return out;
}

/** Starts a mock TOP gateway on 127.0.0.1 (random port). */
export async function createMockGateway(options: MockGatewayOptions): Promise<MockGateway> {
  const requests: MockRequest[] = [];
  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    let request: MockRequest;
    try {
      request = await readRequest(req);
    } catch (e) {
      res.writeHead(400, { 'content-type': 'text/plain' }).end(`bad request body: ${(e as Error).message}`);
      return;
    }
    requests.push(request);
    const simplify = request.params.simplify === 'true';
    let result: MockResult;
    try {
      result = check(request, options) ?? (await options.handlers[request.method]!(request));
    } catch (e) {
      result = topError(15, `Remote service error: ${(e as Error).message}`, 'isp.mock-handler-error');
    }
    let reply = toReply(result, request.method, simplify);
    while ('delayMs' in reply) {
      const { delayMs, then } = reply;
      await new Promise((r) => setTimeout(r, delayMs));
      if (res.destroyed || req.socket.destroyed) return;
      reply = toReply(then, request.method, simplify);
    }
    res.writeHead(reply.status, { 'content-type': reply.contentType }).end(reply.body);
  };
  const server = createServer((req, res) => {
    handle(req, res).catch(() => res.destroy());
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/router/rest`,
    requests,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((e) => (e ? reject(e) : resolve()));
      }),
  };
}
