// Generated from specs/user/taobao.miniapp.userInfo.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.miniapp.userInfo.get` (用户开放信息获取). */
export interface TaobaoMiniappUserInfoGetRequest {}

/** Response of `taobao.miniapp.userInfo.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoMiniappUserInfoGetResponse {
  /** 接口返回model */
  result?: TaobaoMiniappUserInfoGetResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `taobao.miniapp.userInfo.get`. */
export interface TaobaoMiniappUserInfoGetResult {
  /** model */
  model?: TaobaoMiniappUserInfoGetOpenUserInfoDto;
  /** 错误信息 */
  err_message?: string;
  /** 错误码 */
  err_code?: string;
  /** 是否成功 */
  success?: boolean;
}

/** `OpenUserInfoDto` of `taobao.miniapp.userInfo.get`. */
export interface TaobaoMiniappUserInfoGetOpenUserInfoDto {
  /** 混淆字符串 */
  open_id?: string;
  /** 头像链接 */
  avatar?: string;
  /** snsNick */
  nick?: string;
}

const REQUEST_SCHEMA = {} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    model: {
      open_id: 'String',
      avatar: 'String',
      nick: 'String',
    },
    err_message: 'String',
    err_code: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.miniapp.userInfo.get`: method, response root, request and response schemas. */
export const taobaoMiniappUserInfoGetOperation = {
  method: 'taobao.miniapp.userInfo.get',
  responseRoot: 'miniapp_userInfo_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 用户开放信息获取 — calls TOP method `taobao.miniapp.userInfo.get`.
 *
 * 获取用户的 openId，snsNick（如果用户设置过的话），和加密头像链接
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoMiniappUserInfoGet(
  client: TopClient,
  request: TaobaoMiniappUserInfoGetRequest = {},
  options?: CallOptions,
): Promise<TaobaoMiniappUserInfoGetResponse> {
  return client.call<TaobaoMiniappUserInfoGetResponse>(
    {
      method: 'taobao.miniapp.userInfo.get',
      responseRoot: 'miniapp_userInfo_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
