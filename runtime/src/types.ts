/**
 * Public types of the runtime, shared by the client, the generated API files and the mock gateway.
 * Generated files import only from `runtime/index.ts`.
 */
import type { ObjectSchema } from './schema.js';

export type { Int64, Int64Mode } from './int64.js';

/** What a request field of TOP type `Number` accepts: a safe integer, a bigint, or a string of decimal digits. */
export type Int64Input = number | bigint | string;

/** What a request field of TOP type `Date` accepts: a `Date` (sent as `yyyy-MM-dd HH:mm:ss` in UTC+8) or text sent as it is. */
export type DateInput = Date | string;

/** A `byte[]` param: a `Blob`/`File`, or bytes with a file name. */
export type TopFile = Blob | { name: string; data: Uint8Array; type?: string };

export type SignMethod = 'md5' | 'hmac' | 'hmac-sha256';

export interface TopClientOptions {
  appKey: string;
  appSecret: string;
  /** Default `https://gw.api.taobao.com/router/rest`. */
  gateway?: string;
  /** Default `md5`, the method every official SDK supports. */
  signMethod?: SignMethod;
  /** Per attempt; default 30 000 ms. */
  timeoutMs?: number;
  /**
   * Retries after the first attempt, for retryable failures only; default 2. A write (any method that is not a read
   * by TOP's naming, see `isReadMethod`) is retried only when the failed attempt surely did not run.
   */
  retries?: number;
  /** Injected fetch (tests, proxies); default `globalThis.fetch`. */
  fetch?: typeof fetch;
  /** Send `simplify=true` (plain arrays, no root wrapper); default false. */
  simplify?: boolean;
  partnerId?: string;
  targetAppKey?: string;
  /** Base delay of the exponential retry backoff (base * 2^attempt); default 100 ms. */
  retryDelayMs?: number;
  /** Upper bound of one retry wait (also caps a ban hint of codes 4-8); default 30 000 ms. */
  maxRetryDelayMs?: number;
}

/** Per-call options of a generated function, `client.call` and `client.execute`. */
export interface CallOptions {
  /** The user's session key, for APIs that need authorization. */
  session?: string;
  signal?: AbortSignal;
  timeoutMs?: number;
  retries?: number;
  /**
   * The call may be sent twice without harm, so a timeout or a server-side error is retried. Default: true for
   * reads by TOP's naming (`….get`, `….query`, `….search`…), false otherwise; set it for a write you made safe to
   * repeat (an idempotency key, an upsert).
   */
  idempotent?: boolean;
  simplify?: boolean;
  targetAppKey?: string;
  partnerId?: string;
}

/** What a generated function hands to `client.call`. */
export interface CallRequest {
  /** The TOP method name, exactly as signed (`tmall.exchange.message.add`). */
  method: string;
  /** Root key of a non-simplified JSON response (`tmall_exchange_message_add_response`); derived from `method` when absent. */
  responseRoot?: string;
  /** The API params as the caller gave them; serialized by `request` schema when present, by value otherwise. */
  params: object;
  /** Request schema of the API; enables exact encoding and checks. */
  request?: ObjectSchema;
  /** Response schema of the API; enables list unwrapping and `Int64` decoding. */
  response?: ObjectSchema;
}

/** Param values after serialization: text (signed) or files (sent as multipart parts, never signed). */
export type TopParams = Record<string, string | TopFile>;

/** The method-name-to-types map a generated package provides (`TopApiMap`). */
export type ApiMapShape = Record<string, { request: object; response: object }>;
