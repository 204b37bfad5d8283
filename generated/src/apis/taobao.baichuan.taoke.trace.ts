// Generated from specs/baichuan/taobao.baichuan.taoke.trace.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.baichuan.taoke.trace` (百川淘客打点). */
export interface TaobaoBaichuanTaokeTraceRequest {
  /** name */
  name?: string;
}

/** Response of `taobao.baichuan.taoke.trace`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoBaichuanTaokeTraceResponse {
  /** name */
  name?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  name: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  name: 'String',
} as const satisfies ObjectSchema;

/** Static description of `taobao.baichuan.taoke.trace`: method, response root, request and response schemas. */
export const taobaoBaichuanTaokeTraceOperation = {
  method: 'taobao.baichuan.taoke.trace',
  responseRoot: 'baichuan_taoke_trace_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 百川淘客打点 — calls TOP method `taobao.baichuan.taoke.trace`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoBaichuanTaokeTrace(
  client: TopClient,
  request: TaobaoBaichuanTaokeTraceRequest = {},
  options?: CallOptions,
): Promise<TaobaoBaichuanTaokeTraceResponse> {
  return client.call<TaobaoBaichuanTaokeTraceResponse>(
    {
      method: 'taobao.baichuan.taoke.trace',
      responseRoot: 'baichuan_taoke_trace_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
