/**
 * HTTP client of the TOP doc site: the `_tb_token_` cookie handshake (`GET /docCenter`), JSON handler calls,
 * a per-request timeout and retries with exponential backoff.
 *
 * Retried: network errors, timeouts, 5xx and 429, HTML pages where JSON was expected (the site's error pages),
 * truncated or otherwise invalid JSON, and `success: false` envelopes (after which the token is fetched again).
 * Not retried: other 4xx. Everything process-bound (fetch, sleep) is injected.
 */

export type FetchLike = (url: string, init: { headers: Record<string, string>; signal: AbortSignal }) => Promise<Response>;

export interface SiteClientOptions {
  /** e.g. `https://open.taobao.com` */
  baseUrl: string;
  fetch: FetchLike;
  sleep: (ms: number) => Promise<void>;
  /** Per-request timeout. */
  timeoutMs: number;
  /** Attempts after the first one. */
  retries: number;
  /** First backoff delay; doubled on each further retry. */
  backoffMs: number;
}

export const DEFAULT_SITE_OPTIONS = { baseUrl: 'https://open.taobao.com', timeoutMs: 30_000, retries: 4, backoffMs: 1_000 } as const;

/** A request that failed for good (after retries, or with a non-retryable answer). */
export class SiteError extends Error {
  constructor(
    message: string,
    readonly retryable: boolean,
  ) {
    super(message);
    this.name = 'SiteError';
  }
}

export interface SiteClient {
  /** The handler's `data`, after retries. Query values are URL-encoded; `_tb_token_` is appended. */
  getData(path: string, query: Record<string, string | number>): Promise<unknown>;
  /** Requests sent so far (handshakes included), for reports and tests. */
  readonly requests: number;
}

const USER_AGENT = 'topgen-scrape/0.1 (polite: limited concurrency, backoff on errors)';

export function createSiteClient(options: SiteClientOptions): SiteClient {
  const base = options.baseUrl.replace(/\/+$/, '');
  let cookies = new Map<string, string>();
  let token: Promise<string> | undefined;
  let requests = 0;

  const send = async (url: string): Promise<Response> => {
    requests++;
    const headers: Record<string, string> = { accept: 'application/json, text/plain, */*', 'user-agent': USER_AGENT };
    if (cookies.size > 0) headers.cookie = [...cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    let response: Response;
    try {
      response = await options.fetch(url, { headers, signal: AbortSignal.timeout(options.timeoutMs) });
    } catch (error) {
      const e = error as Error;
      const timedOut = e.name === 'TimeoutError' || e.name === 'AbortError';
      throw new SiteError(timedOut ? `timed out after ${options.timeoutMs} ms` : `network error: ${e.message}`, true);
    }
    for (const line of setCookies(response.headers)) {
      const m = /^\s*([^=;\s]+)=([^;]*)/.exec(line);
      if (m?.[1]) cookies.set(m[1], m[2] ?? '');
    }
    return response;
  };

  const readBody = async (response: Response): Promise<string> => {
    try {
      return await response.text();
    } catch (error) {
      const e = error as Error;
      const timedOut = e.name === 'TimeoutError' || e.name === 'AbortError';
      throw new SiteError(timedOut ? `timed out after ${options.timeoutMs} ms` : `connection lost: ${e.message}`, true);
    }
  };

  const handshake = async (): Promise<string> => {
    const response = await send(`${base}/docCenter`);
    await readBody(response);
    if (!response.ok) throw new SiteError(`GET /docCenter: HTTP ${response.status}`, response.status >= 500 || response.status === 429);
    const value = cookies.get('_tb_token_');
    if (!value) throw new SiteError('GET /docCenter set no _tb_token_ cookie', true);
    return value;
  };

  const attempt = async (path: string, query: Record<string, string | number>): Promise<unknown> => {
    token ??= handshake();
    let t: string;
    try {
      t = await token;
    } catch (error) {
      token = undefined;
      throw error;
    }
    const params = new URLSearchParams();
    for (const [k, v] of Object.entries(query)) params.set(k, String(v));
    params.set('_tb_token_', t);
    const response = await send(`${base}${path}?${params}`);
    const text = await readBody(response);
    if (!response.ok) throw new SiteError(`HTTP ${response.status}`, response.status >= 500 || response.status === 429);
    const type = response.headers.get('content-type') ?? '';
    if (type.includes('html') || /^\s*</.test(text)) throw new SiteError('HTML page instead of JSON', true);
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      throw new SiteError(`invalid JSON (${text.length} bytes)`, true);
    }
    if (typeof body !== 'object' || body === null) throw new SiteError('JSON answer is not an object', true);
    const envelope = body as { success?: unknown; code?: unknown; errMsg?: unknown; data?: unknown };
    if (envelope.success !== true) {
      // A stale or refused token looks like this too: shake hands again before the retry.
      token = undefined;
      cookies = new Map();
      const why = [envelope.code, envelope.errMsg].filter((x) => x !== undefined && x !== null && x !== '').join(' ');
      throw new SiteError(`success:false${why ? ` (${why})` : ''}`, true);
    }
    if (envelope.data === undefined || envelope.data === null) throw new SiteError('answer has no data', true);
    return envelope.data;
  };

  return {
    get requests() {
      return requests;
    },
    async getData(path, query) {
      for (let i = 0; ; i++) {
        try {
          return await attempt(path, query);
        } catch (error) {
          const e = error instanceof SiteError ? error : new SiteError((error as Error).message, false);
          if (!e.retryable || i >= options.retries) {
            throw new SiteError(i > 0 ? `${e.message} (after ${i + 1} attempts)` : e.message, e.retryable);
          }
          await options.sleep(options.backoffMs * 2 ** i);
        }
      }
    },
  };
}

function setCookies(headers: Headers): string[] {
  const h = headers as Headers & { getSetCookie?: () => string[] };
  if (typeof h.getSetCookie === 'function') return h.getSetCookie();
  const one = headers.get('set-cookie');
  return one ? one.split(/,(?=\s*[^;,\s]+=)/) : [];
}
