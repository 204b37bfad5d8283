// Generated from specs/user/taobao.miniapp.eleuserinfo.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.miniapp.eleuserinfo.get` (获取饿了么用户信息). */
export interface TaobaoMiniappEleuserinfoGetRequest {
  /** 怪兽业务方 */
  biz_scence?: string;
}

/** Response of `taobao.miniapp.eleuserinfo.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoMiniappEleuserinfoGetResponse {
  /** traceId */
  trace_id?: string;
  /** 1 */
  result?: TaobaoMiniappEleuserinfoGetEleUicInfo;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `EleUicInfo` of `taobao.miniapp.eleuserinfo.get`. */
export interface TaobaoMiniappEleuserinfoGetEleUicInfo {
  /** 头像 */
  avatar?: string;
  /** 昵称 */
  nick?: string;
  /** 电话 */
  phone?: string;
  /** openId */
  open_id?: string;
}

const REQUEST_SCHEMA = {
  biz_scence: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  trace_id: 'String',
  result: {
    avatar: 'String',
    nick: 'String',
    phone: 'String',
    open_id: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.miniapp.eleuserinfo.get`: method, response root, request and response schemas. */
export const taobaoMiniappEleuserinfoGetOperation = {
  method: 'taobao.miniapp.eleuserinfo.get',
  responseRoot: 'miniapp_eleuserinfo_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取饿了么用户信息 — calls TOP method `taobao.miniapp.eleuserinfo.get`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoMiniappEleuserinfoGet(
  client: TopClient,
  request: TaobaoMiniappEleuserinfoGetRequest = {},
  options?: CallOptions,
): Promise<TaobaoMiniappEleuserinfoGetResponse> {
  return client.call<TaobaoMiniappEleuserinfoGetResponse>(
    {
      method: 'taobao.miniapp.eleuserinfo.get',
      responseRoot: 'miniapp_eleuserinfo_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
