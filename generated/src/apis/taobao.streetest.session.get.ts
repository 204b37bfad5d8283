// Generated from specs/util/taobao.streetest.session.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.streetest.session.get` (根据获取压测用户的sessionKey). */
export interface TaobaoStreetestSessionGetRequest {}

/** Response of `taobao.streetest.session.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoStreetestSessionGetResponse {
  /** 压测账号对应的sessionKey */
  stree_test_session_key?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  stree_test_session_key: 'String',
} as const satisfies ObjectSchema;

/** Static description of `taobao.streetest.session.get`: method, response root, request and response schemas. */
export const taobaoStreetestSessionGetOperation = {
  method: 'taobao.streetest.session.get',
  responseRoot: 'streetest_session_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 根据获取压测用户的sessionKey — calls TOP method `taobao.streetest.session.get`.
 *
 * 根据正常用户sessionKey获取对应压测用户的sessionKey，该sessionKey只能用户服务商全链路压测
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoStreetestSessionGet(
  client: TopClient,
  request: TaobaoStreetestSessionGetRequest = {},
  options?: CallOptions,
): Promise<TaobaoStreetestSessionGetResponse> {
  return client.call<TaobaoStreetestSessionGetResponse>(
    {
      method: 'taobao.streetest.session.get',
      responseRoot: 'streetest_session_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
