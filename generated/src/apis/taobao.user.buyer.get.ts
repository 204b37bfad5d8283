// Generated from specs/tbuser/taobao.user.buyer.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.user.buyer.get` (查询买家信息API). */
export interface TaobaoUserBuyerGetRequest {
  /** 只返回nick, avatar参数 */
  fields: string;
}

/** Response of `taobao.user.buyer.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoUserBuyerGetResponse {
  /** 用户 */
  user?: TaobaoUserBuyerGetUser;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `User` of `taobao.user.buyer.get`. */
export interface TaobaoUserBuyerGetUser {
  /** 用户昵称 */
  nick?: string;
  /** 用户头像地址 */
  avatar?: string;
  /** 性别。可选值:m(男),f(女) */
  sex?: string;
  /** 对应账号的OpenUID */
  open_uid?: string;
}

const REQUEST_SCHEMA = {
  fields: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  user: {
    nick: 'String',
    avatar: 'String',
    sex: 'String',
    open_uid: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.user.buyer.get`: method, response root, request and response schemas. */
export const taobaoUserBuyerGetOperation = {
  method: 'taobao.user.buyer.get',
  responseRoot: 'user_buyer_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询买家信息API — calls TOP method `taobao.user.buyer.get`.
 *
 * 查询买家信息API，只能买家类应用调用。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoUserBuyerGet(
  client: TopClient,
  request: TaobaoUserBuyerGetRequest,
  options?: CallOptions,
): Promise<TaobaoUserBuyerGetResponse> {
  return client.call<TaobaoUserBuyerGetResponse>(
    {
      method: 'taobao.user.buyer.get',
      responseRoot: 'user_buyer_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
