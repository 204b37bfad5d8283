// Generated from specs/user/taobao.user.openid.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.user.openid.get` (查询用户openId). */
export interface TaobaoUserOpenidGetRequest {}

/** Response of `taobao.user.openid.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoUserOpenidGetResponse {
  /** 对应账号的OpenUID */
  open_id?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  open_id: 'String',
} as const satisfies ObjectSchema;

/** Static description of `taobao.user.openid.get`: method, response root, request and response schemas. */
export const taobaoUserOpenidGetOperation = {
  method: 'taobao.user.openid.get',
  responseRoot: 'user_openid_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询用户openId — calls TOP method `taobao.user.openid.get`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoUserOpenidGet(
  client: TopClient,
  request: TaobaoUserOpenidGetRequest = {},
  options?: CallOptions,
): Promise<TaobaoUserOpenidGetResponse> {
  return client.call<TaobaoUserOpenidGetResponse>(
    {
      method: 'taobao.user.openid.get',
      responseRoot: 'user_openid_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
