// Generated from specs/baichuan/taobao.baichuan.payresult.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.baichuan.payresult.query` (百川支付完成回调). */
export interface TaobaoBaichuanPayresultQueryRequest {
  /** name */
  name?: string;
}

/** Response of `taobao.baichuan.payresult.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoBaichuanPayresultQueryResponse {
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

/** Static description of `taobao.baichuan.payresult.query`: method, response root, request and response schemas. */
export const taobaoBaichuanPayresultQueryOperation = {
  method: 'taobao.baichuan.payresult.query',
  responseRoot: 'baichuan_payresult_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 百川支付完成回调 — calls TOP method `taobao.baichuan.payresult.query`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoBaichuanPayresultQuery(
  client: TopClient,
  request: TaobaoBaichuanPayresultQueryRequest = {},
  options?: CallOptions,
): Promise<TaobaoBaichuanPayresultQueryResponse> {
  return client.call<TaobaoBaichuanPayresultQueryResponse>(
    {
      method: 'taobao.baichuan.payresult.query',
      responseRoot: 'baichuan_payresult_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
