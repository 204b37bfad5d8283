// Generated from specs/fenxiao/taobao.fenxiao.login.user.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.fenxiao.login.user.get` (获取分销用户登录信息). */
export interface TaobaoFenxiaoLoginUserGetRequest {}

/** Response of `taobao.fenxiao.login.user.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoFenxiaoLoginUserGetResponse {
  /** 登录用户信息 */
  login_user?: TaobaoFenxiaoLoginUserGetLoginUser;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `LoginUser` of `taobao.fenxiao.login.user.get`. */
export interface TaobaoFenxiaoLoginUserGetLoginUser {
  /** 分销用户ID */
  user_id?: Int64;
  /** 会员NICK */
  nick?: string;
  /** 分销用户类型(1:分销商，2:供应商，3:品牌商；2、3都表示有供货能力，只是身份不同) */
  user_type?: string;
  /** 入驻时间 */
  create_time?: string;
}

const REQUEST_SCHEMA = {} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  login_user: {
    user_id: 'Number',
    nick: 'String',
    user_type: 'String',
    create_time: 'Date',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.fenxiao.login.user.get`: method, response root, request and response schemas. */
export const taobaoFenxiaoLoginUserGetOperation = {
  method: 'taobao.fenxiao.login.user.get',
  responseRoot: 'fenxiao_login_user_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取分销用户登录信息 — calls TOP method `taobao.fenxiao.login.user.get`.
 *
 * 获取用户登录信息
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoFenxiaoLoginUserGet(
  client: TopClient,
  request: TaobaoFenxiaoLoginUserGetRequest = {},
  options?: CallOptions,
): Promise<TaobaoFenxiaoLoginUserGetResponse> {
  return client.call<TaobaoFenxiaoLoginUserGetResponse>(
    {
      method: 'taobao.fenxiao.login.user.get',
      responseRoot: 'fenxiao_login_user_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
