/**
 * The TOP client: serializes, signs, POSTs (form or multipart), decodes, and retries retryable failures with
 * exponential backoff. Every generated API function calls `client.call(...)`.
 */
import type { ApiMapShape, CallOptions, CallRequest, SignMethod, TopClientOptions, TopFile } from './types.js';
import { serializeParams } from './serialize.js';
import { formatTopDate, isBlank, signParams } from './sign.js';
import { buildMultipart, type ResolvedFile } from './multipart.js';
import { resolveFile } from './files.js';
import { decodeResponse } from './decode.js';
import { isReadMethod, mayHaveRun, TopError, TopTransportError, redactSecrets } from './errors.js';

/** Error codes of a connection that was never made: the request did not leave this machine. */
const NOT_CONNECTED = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EADDRNOTAVAIL',
  'UND_ERR_CONNECT_TIMEOUT',
]);

export const DEFAULT_GATEWAY = 'https://gw.api.taobao.com/router/rest';

/** Sleeps `ms`, rejecting early when `signal` aborts. */
function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const t = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = (): void => {
      clearTimeout(t);
      reject(signal?.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** The fully prepared, signed param set of one attempt. */
export interface SignedRequest {
  text: Record<string, string>;
  files: Record<string, ResolvedFile>;
}

export class TopClient<Map extends ApiMapShape = ApiMapShape> {
  readonly #options: TopClientOptions;

  constructor(options: TopClientOptions) {
    if (!options.appKey || !options.appSecret) throw new TypeError('TopClient: appKey and appSecret are required');
    if (options.signMethod !== undefined && !['md5', 'hmac', 'hmac-sha256'].includes(options.signMethod)) {
      throw new TypeError(
        `TopClient: signMethod must be md5, hmac or hmac-sha256, not ${JSON.stringify(options.signMethod)}`,
      );
    }
    this.#options = { ...options };
  }

  /**
   * Calls a TOP API with its static schemas (what generated functions do). Resolves with the decoded response
   * object; rejects with `TopError` (error_response) or `TopTransportError`.
   */
  async call<T>(req: CallRequest, options: CallOptions = {}): Promise<T> {
    const o = this.#options;
    const simplify = options.simplify ?? o.simplify ?? false;
    const retries = Math.max(0, options.retries ?? o.retries ?? 2);
    // A write is sent again only after failures that surely did not run it (see `mayHaveRun`).
    const idempotent = options.idempotent ?? isReadMethod(req.method);
    const secrets = [o.appSecret, options.session];
    const params = serializeParams(req.params, req.request);
    const text: Record<string, string> = {};
    const files: Record<string, ResolvedFile> = {};
    for (const [k, v] of Object.entries(params)) {
      if (typeof v === 'string') text[k] = v;
      else files[k] = await resolveFile(v as TopFile, k);
    }
    for (let attempt = 0; ; attempt++) {
      try {
        const signed = this.sign(req.method, text, files, options, simplify);
        const body = await this.#send(req.method, signed, options);
        const decodeOptions = {
          method: req.method,
          simplify,
          ...(req.responseRoot ? { responseRoot: req.responseRoot } : {}),
        };
        return decodeResponse(body, req.response ? { ...decodeOptions, schema: req.response } : decodeOptions) as T;
      } catch (e) {
        // Anything else is a bug or a caller error (a TypeError from the serializer, say): never retried.
        if (!(e instanceof TopError || e instanceof TopTransportError)) throw e;
        const err = redactSecrets(e, secrets);
        if (!err.retryable || attempt >= retries || options.signal?.aborted) throw err;
        if (!idempotent && mayHaveRun(err)) throw err;
        const base = o.retryDelayMs ?? 100;
        const maxDelay = o.maxRetryDelayMs ?? 30_000;
        // A ban that outlasts the longest wait we allow (code 7 bans can last hours) is not worth retrying into.
        if (err instanceof TopError && (err.retryAfterMs ?? 0) > maxDelay) throw err;
        const hint = err instanceof TopError ? (err.retryAfterMs ?? 0) : 0;
        const delay = Math.max(hint, Math.min(base * 2 ** attempt, maxDelay));
        try {
          await sleep(delay, options.signal);
        } catch (reason) {
          throw redactSecrets(
            new TopTransportError('aborted', 'aborted by the caller', req.method, { cause: reason }),
            secrets,
          );
        }
      }
    }
  }

  /**
   * Calls an API by name without schemas: params are serialized by their JS value types, and the call is forced to
   * `simplify=true` so that lists arrive as plain arrays without needing a schema to unwrap them. Every integer arrives
   * as `Int64` (exact, in the configured mode) and other numbers as decimal text, as the API map's types say.
   */
  execute<M extends keyof Map & string>(
    method: M,
    request: Map[M]['request'],
    options: CallOptions = {},
  ): Promise<Map[M]['response']> {
    return this.call<Map[M]['response']>({ method, params: request }, { ...options, simplify: true });
  }

  /** Adds the system params and the signature (exposed for tests and debugging). */
  sign(
    method: string,
    business: Readonly<Record<string, string>>,
    files: Readonly<Record<string, ResolvedFile>>,
    options: CallOptions,
    simplify: boolean,
    now: Date = new Date(),
  ): SignedRequest {
    const o = this.#options;
    const signMethod: SignMethod = o.signMethod ?? 'md5';
    const system: Record<string, string | undefined> = {
      method,
      app_key: o.appKey,
      timestamp: formatTopDate(now),
      v: '2.0',
      sign_method: signMethod,
      format: 'json',
      session: options.session,
      partner_id: options.partnerId ?? o.partnerId,
      simplify: simplify ? 'true' : undefined,
      target_app_key: options.targetAppKey ?? o.targetAppKey,
    };
    const text: Record<string, string> = {};
    // System params win over business params of the same name; files and blanks are neither signed nor sent as text.
    for (const k in business) if (!Object.hasOwn(system, k)) add(k, business[k]);
    for (const k in system) add(k, system[k]);
    text.sign = signParams(text, o.appSecret, signMethod);
    return { text, files: { ...files } };

    function add(k: string, v: string | undefined): void {
      if (k !== 'sign' && !isBlank(v) && !Object.hasOwn(files, k)) text[k] = v as string;
    }
  }

  /** One HTTP attempt; resolves with the body text. */
  async #send(method: string, signed: SignedRequest, options: CallOptions): Promise<string> {
    const o = this.#options;
    const timeoutMs = options.timeoutMs ?? o.timeoutMs ?? 30_000;
    // One timer per attempt, cleared as soon as the body is read (AbortSignal.timeout would keep every call's timer
    // and signal alive for the whole timeout, 30 s by default, however fast the answer came).
    const timeout = new AbortController();
    const timer = setTimeout(
      () => timeout.abort(new DOMException(`no answer within ${timeoutMs} ms`, 'TimeoutError')),
      timeoutMs,
    );
    const signal = options.signal ? AbortSignal.any([options.signal, timeout.signal]) : timeout.signal;
    let body: string | Uint8Array;
    let contentType: string;
    if (Object.keys(signed.files).length > 0) {
      ({ body, contentType } = buildMultipart(signed.text, signed.files));
    } else {
      const keys = Object.keys(signed.text).sort();
      body = new URLSearchParams(keys.map((k) => [k, signed.text[k]!])).toString();
      contentType = 'application/x-www-form-urlencoded;charset=UTF-8';
    }
    const doFetch = o.fetch ?? globalThis.fetch;
    try {
      const res = await doFetch(o.gateway ?? DEFAULT_GATEWAY, {
        method: 'POST',
        headers: { 'content-type': contentType, accept: 'application/json,text/xml,text/javascript' },
        body: body as BodyInit,
        signal,
      });
      const text = await res.text();
      if (!res.ok)
        throw new TopTransportError('http', `HTTP ${res.status} ${res.statusText}`.trim(), method, {
          status: res.status,
        });
      return text;
    } catch (e) {
      if (e instanceof TopTransportError) throw e;
      if (options.signal?.aborted)
        throw new TopTransportError('aborted', 'aborted by the caller', method, { cause: e });
      if (timeout.signal.aborted)
        throw new TopTransportError('timeout', `no answer within ${timeoutMs} ms`, method, { cause: e });
      const cause = (e as { cause?: { code?: string } }).cause;
      const sent = !NOT_CONNECTED.has(cause?.code ?? '');
      throw new TopTransportError(
        'network',
        `${(e as Error).message}${cause?.code ? ` (${cause.code})` : ''}`,
        method,
        { cause: e, sent },
      );
    } finally {
      clearTimeout(timer);
    }
  }
}
