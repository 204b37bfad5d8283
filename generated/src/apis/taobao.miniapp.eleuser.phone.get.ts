// Generated from specs/user/taobao.miniapp.eleuser.phone.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.miniapp.eleuser.phone.get` (获取饿了么用户信息). */
export interface TaobaoMiniappEleuserPhoneGetRequest {}

/** Response of `taobao.miniapp.eleuser.phone.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoMiniappEleuserPhoneGetResponse {
  /** 返回对象 */
  result?: TaobaoMiniappEleuserPhoneGetEleUicInfo;
  /** traceId */
  trace_id?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `EleUicInfo` of `taobao.miniapp.eleuser.phone.get`. */
export interface TaobaoMiniappEleuserPhoneGetEleUicInfo {
  /** 用户头像 */
  avatar?: string;
  /** 用户昵称 */
  nick?: string;
  /** 手机号 */
  phone?: string;
}

const REQUEST_SCHEMA = {} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    avatar: 'String',
    nick: 'String',
    phone: 'String',
  },
  trace_id: 'String',
} as const satisfies ObjectSchema;

/** Static description of `taobao.miniapp.eleuser.phone.get`: method, response root, request and response schemas. */
export const taobaoMiniappEleuserPhoneGetOperation = {
  method: 'taobao.miniapp.eleuser.phone.get',
  responseRoot: 'miniapp_eleuser_phone_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取饿了么用户信息 — calls TOP method `taobao.miniapp.eleuser.phone.get`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoMiniappEleuserPhoneGet(
  client: TopClient,
  request: TaobaoMiniappEleuserPhoneGetRequest = {},
  options?: CallOptions,
): Promise<TaobaoMiniappEleuserPhoneGetResponse> {
  return client.call<TaobaoMiniappEleuserPhoneGetResponse>(
    {
      method: 'taobao.miniapp.eleuser.phone.get',
      responseRoot: 'miniapp_eleuser_phone_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
