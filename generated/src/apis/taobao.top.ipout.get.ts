// Generated from specs/util/taobao.top.ipout.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.top.ipout.get` (获取开放平台出口IP段). */
export interface TaobaoTopIpoutGetRequest {}

/** Response of `taobao.top.ipout.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoTopIpoutGetResponse {
  /** TOP网关出口IP列表 */
  ip_list?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  ip_list: 'String',
} as const satisfies ObjectSchema;

/** Static description of `taobao.top.ipout.get`: method, response root, request and response schemas. */
export const taobaoTopIpoutGetOperation = {
  method: 'taobao.top.ipout.get',
  responseRoot: 'top_ipout_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取开放平台出口IP段 — calls TOP method `taobao.top.ipout.get`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoTopIpoutGet(
  client: TopClient,
  request: TaobaoTopIpoutGetRequest = {},
  options?: CallOptions,
): Promise<TaobaoTopIpoutGetResponse> {
  return client.call<TaobaoTopIpoutGetResponse>(
    {
      method: 'taobao.top.ipout.get',
      responseRoot: 'top_ipout_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
