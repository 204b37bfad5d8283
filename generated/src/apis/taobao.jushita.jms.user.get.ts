// Generated from specs/jms/taobao.jushita.jms.user.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.jushita.jms.user.get` (查询某个用户是否同步消息). */
export interface TaobaoJushitaJmsUserGetRequest {
  /** 需要查询的用户名 */
  user_nick: string;
}

/** Response of `taobao.jushita.jms.user.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoJushitaJmsUserGetResponse {
  /** 同步的用户信息 */
  ons_user?: TaobaoJushitaJmsUserGetTmcUser;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TmcUser` of `taobao.jushita.jms.user.get`. */
export interface TaobaoJushitaJmsUserGetTmcUser {
  /** 用户首次开通时间 */
  created?: string;
  /** 用户授权是否有效，true表示授权有效，false表示授权过期 */
  is_valid?: boolean;
  /** 用户最后开通时间 */
  modified?: string;
  /** 用户ID */
  user_id?: Int64;
  /** 用户昵称 */
  user_nick?: string;
}

const REQUEST_SCHEMA = {
  user_nick: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  ons_user: {
    created: 'Date',
    is_valid: 'Boolean',
    modified: 'Date',
    user_id: 'Number',
    user_nick: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.jushita.jms.user.get`: method, response root, request and response schemas. */
export const taobaoJushitaJmsUserGetOperation = {
  method: 'taobao.jushita.jms.user.get',
  responseRoot: 'jushita_jms_user_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询某个用户是否同步消息 — calls TOP method `taobao.jushita.jms.user.get`.
 *
 * 查询某个用户是否同步消息，只支持单个查询
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoJushitaJmsUserGet(
  client: TopClient,
  request: TaobaoJushitaJmsUserGetRequest,
  options?: CallOptions,
): Promise<TaobaoJushitaJmsUserGetResponse> {
  return client.call<TaobaoJushitaJmsUserGetResponse>(
    {
      method: 'taobao.jushita.jms.user.get',
      responseRoot: 'jushita_jms_user_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
