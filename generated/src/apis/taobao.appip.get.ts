// Generated from specs/util/taobao.appip.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.appip.get` (获取ISV发起请求服务器IP). */
export interface TaobaoAppipGetRequest {}

/** Response of `taobao.appip.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoAppipGetResponse {
  /** ISV发起请求服务器IP */
  ip?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  ip: 'String',
} as const satisfies ObjectSchema;

/** Static description of `taobao.appip.get`: method, response root, request and response schemas. */
export const taobaoAppipGetOperation = {
  method: 'taobao.appip.get',
  responseRoot: 'appip_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取ISV发起请求服务器IP — calls TOP method `taobao.appip.get`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoAppipGet(
  client: TopClient,
  request: TaobaoAppipGetRequest = {},
  options?: CallOptions,
): Promise<TaobaoAppipGetResponse> {
  return client.call<TaobaoAppipGetResponse>(
    {
      method: 'taobao.appip.get',
      responseRoot: 'appip_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
