// Generated from specs/blackvip/taobao.blackvip.userinfo.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.blackvip.userinfo.get` (88VIP用户信息查询). */
export interface TaobaoBlackvipUserinfoGetRequest {}

/** Response of `taobao.blackvip.userinfo.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoBlackvipUserinfoGetResponse {
  /** 结果支持对象 */
  result?: TaobaoBlackvipUserinfoGetResultSupport;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ResultSupport` of `taobao.blackvip.userinfo.get`. */
export interface TaobaoBlackvipUserinfoGetResultSupport {
  /** 用户数据 */
  models?: TaobaoBlackvipUserinfoGetModels;
  /** 结果是否成功 */
  success?: boolean;
  /** 错误码 */
  result_code?: string;
}

/** `Models` of `taobao.blackvip.userinfo.get`. */
export interface TaobaoBlackvipUserinfoGetModels {
  /** 是否88VIP自动续费用户 */
  is88_vip_auto_renew_user?: boolean;
  /** 是否88VIP */
  is88_vip?: boolean;
  /** 88VIP到期时间 */
  vip_expire_time?: Int64;
  /** 是否88VIP潜在用户 */
  is88_vip_target_user?: boolean;
}

const REQUEST_SCHEMA = {} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    models: {
      is88_vip_auto_renew_user: 'Boolean',
      is88_vip: 'Boolean',
      vip_expire_time: 'Number',
      is88_vip_target_user: 'Boolean',
    },
    success: 'Boolean',
    result_code: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.blackvip.userinfo.get`: method, response root, request and response schemas. */
export const taobaoBlackvipUserinfoGetOperation = {
  method: 'taobao.blackvip.userinfo.get',
  responseRoot: 'blackvip_userinfo_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 88VIP用户信息查询 — calls TOP method `taobao.blackvip.userinfo.get`.
 *
 * 查询88VIP用户信息，比如用户是否是88VIP，88VIP的失效时间等
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoBlackvipUserinfoGet(
  client: TopClient,
  request: TaobaoBlackvipUserinfoGetRequest = {},
  options?: CallOptions,
): Promise<TaobaoBlackvipUserinfoGetResponse> {
  return client.call<TaobaoBlackvipUserinfoGetResponse>(
    {
      method: 'taobao.blackvip.userinfo.get',
      responseRoot: 'blackvip_userinfo_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
