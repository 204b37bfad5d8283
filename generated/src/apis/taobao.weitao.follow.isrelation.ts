// Generated from specs/mtopopen/taobao.weitao.follow.isrelation.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.weitao.follow.isrelation` (微淘是否关注). */
export interface TaobaoWeitaoFollowIsrelationRequest {
  /** 要查询的粉丝的淘宝昵称 */
  fans_nick?: string;
  /** ouid */
  ouid?: string;
  /** openid */
  openid?: string;
}

/** Response of `taobao.weitao.follow.isrelation`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoWeitaoFollowIsrelationResponse {
  /** 是否关注 */
  result?: Int64;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  fans_nick: 'String',
  ouid: 'String',
  openid: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: 'Number',
} as const satisfies ObjectSchema;

/** Static description of `taobao.weitao.follow.isrelation`: method, response root, request and response schemas. */
export const taobaoWeitaoFollowIsrelationOperation = {
  method: 'taobao.weitao.follow.isrelation',
  responseRoot: 'weitao_follow_isrelation_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 微淘是否关注 — calls TOP method `taobao.weitao.follow.isrelation`.
 *
 * 判断用户是否关注对应的公共账号
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoWeitaoFollowIsrelation(
  client: TopClient,
  request: TaobaoWeitaoFollowIsrelationRequest = {},
  options?: CallOptions,
): Promise<TaobaoWeitaoFollowIsrelationResponse> {
  return client.call<TaobaoWeitaoFollowIsrelationResponse>(
    {
      method: 'taobao.weitao.follow.isrelation',
      responseRoot: 'weitao_follow_isrelation_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
