// Generated from specs/alime/taobao.alime.user.token.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.alime.user.token.get` (获取用户免登录令牌). */
export interface TaobaoAlimeUserTokenGetRequest {
  /** 路由id, 一般为用户id，用于异地容灾 */
  routing?: Int64Input;
  /** 用户在小蜜账号中的唯一id */
  id?: Int64Input;
  /** 小蜜分配给第三方账号的来源 */
  source: Int64Input;
  /** 用户昵称 */
  nick?: string;
  /** 用户在第三方账号中的唯一id */
  foreign_id?: string;
  /** 令牌的过期时间(时间为秒)，最大为3600 */
  expires?: Int64Input;
}

/** Response of `taobao.alime.user.token.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoAlimeUserTokenGetResponse {
  /** 响应编码(由于"code"为top保留字，用code0以示区分，文档中均以code说明)，code == 0为成功，其它为失败 */
  code0?: Int64;
  /** 响应数据 */
  data?: string;
  /** 响应消息 */
  message?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  routing: 'Number',
  id: 'Number',
  source: 'Number',
  nick: 'String',
  foreign_id: 'String',
  expires: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  code0: 'Number',
  data: 'String',
  message: 'String',
} as const satisfies ObjectSchema;

/** Static description of `taobao.alime.user.token.get`: method, response root, request and response schemas. */
export const taobaoAlimeUserTokenGetOperation = {
  method: 'taobao.alime.user.token.get',
  responseRoot: 'alime_user_token_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取用户免登录令牌 — calls TOP method `taobao.alime.user.token.get`.
 *
 * 根据第三账号信息获取用户的免登录令牌
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoAlimeUserTokenGet(
  client: TopClient,
  request: TaobaoAlimeUserTokenGetRequest,
  options?: CallOptions,
): Promise<TaobaoAlimeUserTokenGetResponse> {
  return client.call<TaobaoAlimeUserTokenGetResponse>(
    {
      method: 'taobao.alime.user.token.get',
      responseRoot: 'alime_user_token_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
