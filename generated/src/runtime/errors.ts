/**
 * Errors thrown by the TOP client: `TopError` for an `error_response` from the gateway,
 * `TopTransportError` for everything that prevented a well-formed answer (HTTP status, network, timeout, malformed body).
 * Messages never contain the app secret or the session: the client scrubs them with `redactSecrets`.
 */

/** Fields of a TOP `error_response`, as the gateway sends them. */
export interface TopErrorFields {
  code: number;
  msg: string;
  sub_code?: string;
  sub_msg?: string;
  request_id?: string;
}

/** Codes that are caller or credential bugs: retrying cannot help. */
const NEVER_RETRY = new Set([3, 9, 11, 12, 13, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 40, 41, 42, 43]);

/**
 * TOP's retry policy: `isp.*` sub codes (server side), ban codes 4-8 (frequency limits, retry after the ban)
 * and 10 (service unavailable). Never `isv.*` (except under a ban code), signature/session/argument codes.
 */
export function isRetryableTopError(code: number, subCode?: string): boolean {
  if (code >= 4 && code <= 8) return true;
  if (NEVER_RETRY.has(code)) return false;
  const sub = subCode ?? '';
  if (sub.startsWith('isp.')) return true;
  if (sub.startsWith('isv.')) return false;
  return code === 10;
}

/** A method's last segment that names a read: `get`, `query`, `search`, `list`, `find`, `count`, or ends in one (`batchget`, `itemquery`). */
const READ_VERB = /^(?:get|query|search|list|find|count)|(?:get|query|search)$/;

/**
 * Whether a TOP method only reads, by TOP's naming (`taobao.trades.sold.get`, `….refund.query`): such a call can be
 * sent again after a failure that may have reached the service. Anything else (`….add`, `….send`, `….sync`) is
 * treated as a write; when in doubt, a write (`daybudget` ends in "get" but is not a read).
 */
export function isReadMethod(method: string): boolean {
  const last = method.slice(method.lastIndexOf('.') + 1).toLowerCase();
  return READ_VERB.test(last) && !last.endsWith('budget');
}

/**
 * True when the failure leaves open whether the service ran the call, so a retry could run a write twice: a timeout,
 * a malformed or 5xx answer, an `isp.*` or code-10 error. False when the call surely did not run: it never left
 * (connection refused, no DNS answer) or the gateway's limiter turned it away (codes 4-8, HTTP 429).
 */
export function mayHaveRun(error: TopError | TopTransportError): boolean {
  if (error instanceof TopError) return !(error.code >= 4 && error.code <= 8);
  if (!error.sent) return false;
  return !(error.kind === 'http' && error.status === 429);
}

/** Parses "This ban will last for 2 more seconds" into milliseconds. */
export function banHintMs(subMsg: string | undefined): number | undefined {
  const m = /last for (\d+) more seconds?/i.exec(subMsg ?? '');
  return m?.[1] === undefined ? undefined : Number(m[1]) * 1000;
}

/** An `error_response` from the TOP gateway. */
export class TopError extends Error {
  override readonly name = 'TopError';
  readonly code: number;
  readonly msg: string;
  readonly subCode?: string;
  readonly subMsg?: string;
  readonly requestId?: string;
  readonly method: string;
  readonly retryable: boolean;
  /** Wait suggested by a ban message (codes 4-8), if any. */
  readonly retryAfterMs?: number;

  constructor(fields: TopErrorFields, method: string) {
    const sub = fields.sub_code ? ` [${fields.sub_code}${fields.sub_msg ? `: ${fields.sub_msg}` : ''}]` : '';
    super(
      `TOP ${method} failed: ${fields.code} ${fields.msg}${sub}${fields.request_id ? ` (request_id ${fields.request_id})` : ''}`,
    );
    this.code = fields.code;
    this.msg = fields.msg;
    if (fields.sub_code !== undefined) this.subCode = fields.sub_code;
    if (fields.sub_msg !== undefined) this.subMsg = fields.sub_msg;
    if (fields.request_id !== undefined) this.requestId = fields.request_id;
    this.method = method;
    this.retryable = isRetryableTopError(fields.code, fields.sub_code);
    const hint = fields.code >= 4 && fields.code <= 8 ? banHintMs(fields.sub_msg) : undefined;
    if (hint !== undefined) this.retryAfterMs = hint;
  }

  get sub_code(): string | undefined {
    return this.subCode;
  }
  get sub_msg(): string | undefined {
    return this.subMsg;
  }
  get request_id(): string | undefined {
    return this.requestId;
  }
}

export type TransportErrorKind = 'http' | 'network' | 'timeout' | 'malformed' | 'aborted';

/** The request did not produce a well-formed TOP answer. */
export class TopTransportError extends Error {
  override readonly name = 'TopTransportError';
  readonly kind: TransportErrorKind;
  /** HTTP status for kind `http`. */
  readonly status?: number;
  readonly method: string;
  readonly retryable: boolean;
  /** False when the request surely never reached the gateway (the connection could not be made). */
  readonly sent: boolean;

  constructor(
    kind: TransportErrorKind,
    message: string,
    method: string,
    options: { status?: number; cause?: unknown; sent?: boolean } = {},
  ) {
    super(
      `TOP ${method} transport error (${kind}): ${message}`,
      options.cause === undefined ? undefined : { cause: options.cause },
    );
    this.kind = kind;
    if (options.status !== undefined) this.status = options.status;
    this.method = method;
    this.sent = options.sent ?? true;
    this.retryable =
      kind === 'http'
        ? (options.status ?? 0) >= 500 || options.status === 429 || options.status === 408
        : kind !== 'aborted';
  }
}

/** Replaces every occurrence of each secret in the error's message (and TopError text fields) by `***`. */
export function redactSecrets<E extends Error>(error: E, secrets: readonly (string | undefined)[]): E {
  const list = secrets.filter((s): s is string => typeof s === 'string' && s.length > 0);
  if (list.length === 0) return error;
  const scrub = (text: string): string => list.reduce((t, s) => t.split(s).join('***'), text);
  error.message = scrub(error.message);
  if (error instanceof TopError) {
    const w = error as unknown as Record<string, unknown>;
    for (const k of ['msg', 'subMsg', 'subCode']) if (typeof w[k] === 'string') w[k] = scrub(w[k] as string);
  }
  if (error.stack) error.stack = scrub(error.stack);
  return error;
}
