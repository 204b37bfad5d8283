// Generated from specs/tbtrade/taobao.top.once.token.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.top.once.token.get` (网关一次性token获取). */
export interface TaobaoTopOnceTokenGetRequest {
  /** sec_token */
  sec_token: string;
}

/** Response of `taobao.top.once.token.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoTopOnceTokenGetResponse {
  /** 响应编码 */
  result_code?: string;
  /** token */
  token?: string;
  /** 失败详情 */
  result_msg?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  sec_token: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result_code: 'String',
  token: 'String',
  result_msg: 'String',
} as const satisfies ObjectSchema;

/** Static description of `taobao.top.once.token.get`: method, response root, request and response schemas. */
export const taobaoTopOnceTokenGetOperation = {
  method: 'taobao.top.once.token.get',
  responseRoot: 'top_once_token_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 网关一次性token获取 — calls TOP method `taobao.top.once.token.get`.
 *
 * 网关一次性token获取，对接文档:
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoTopOnceTokenGet(
  client: TopClient,
  request: TaobaoTopOnceTokenGetRequest,
  options?: CallOptions,
): Promise<TaobaoTopOnceTokenGetResponse> {
  return client.call<TaobaoTopOnceTokenGetResponse>(
    {
      method: 'taobao.top.once.token.get',
      responseRoot: 'top_once_token_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
