// Generated from specs/user/alibaba.lsy.miniapp.user.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.lsy.miniapp.user.get` (零售云小程序获取登录用户信息). */
export interface AlibabaLsyMiniappUserGetRequest {
  /** 当前时间戳，毫秒 */
  time_stamp: string;
  /** 获取用户信息的授权码，在小程序中获取 */
  code: string;
  /** 请求参数签名，sha1(所有入参+appSecret，按字符串升序排列) */
  signature: string;
  /** 系统分配的小程序ID */
  app_id: string;
}

/** Response of `alibaba.lsy.miniapp.user.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaLsyMiniappUserGetResponse {
  /** 响应内容 */
  result?: AlibabaLsyMiniappUserGetMiniAppResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `MiniAppResult` of `alibaba.lsy.miniapp.user.get`. */
export interface AlibabaLsyMiniappUserGetMiniAppResult {
  /** 错误提示 */
  msg?: string;
  /** 错误码 */
  code?: string;
  /** 是否成功 */
  succ?: boolean;
  /** 用户数据 */
  data?: AlibabaLsyMiniappUserGetUserInfoDto;
}

/** `UserInfoDto` of `alibaba.lsy.miniapp.user.get`. */
export interface AlibabaLsyMiniappUserGetUserInfoDto {
  /** 返回数据签名，signature = sha1（raw_data 下所有字段 + appSecret，按字符串升级排列），用于校验关键数据是否被篡改 */
  signature?: string;
  /** 用户相关的原始数据 */
  raw_data?: AlibabaLsyMiniappUserGetUserInfoBaseDto;
}

/** `UserInfoBaseDto` of `alibaba.lsy.miniapp.user.get`. */
export interface AlibabaLsyMiniappUserGetUserInfoBaseDto {
  /** 同一个开放平台帐号下，用户的 UnionID 是唯一的 */
  union_id?: string;
  /** 小程序用户唯一识别 */
  open_uid?: string;
  /** 小程序ID */
  app_id?: string;
  /** 小程序开发主体ID */
  corp_id?: string;
  /** 登录类型 */
  login_type?: string;
  /** 不同业务/登录方式的扩展字段 */
  extra_info?: string;
  /** 登录用户昵称 */
  user_nick?: string;
}

const REQUEST_SCHEMA = {
  time_stamp: 'String',
  code: 'String',
  signature: 'String',
  app_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    msg: 'String',
    code: 'String',
    succ: 'Boolean',
    data: {
      signature: 'String',
      raw_data: {
        union_id: 'String',
        open_uid: 'String',
        app_id: 'String',
        corp_id: 'String',
        login_type: 'String',
        extra_info: 'String',
        user_nick: 'String',
      },
    },
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.lsy.miniapp.user.get`: method, response root, request and response schemas. */
export const alibabaLsyMiniappUserGetOperation = {
  method: 'alibaba.lsy.miniapp.user.get',
  responseRoot: 'alibaba_lsy_miniapp_user_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 零售云小程序获取登录用户信息 — calls TOP method `alibaba.lsy.miniapp.user.get`.
 *
 * 零售云小程序，通过授权码获取登录的卖家账号信息
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaLsyMiniappUserGet(
  client: TopClient,
  request: AlibabaLsyMiniappUserGetRequest,
  options?: CallOptions,
): Promise<AlibabaLsyMiniappUserGetResponse> {
  return client.call<AlibabaLsyMiniappUserGetResponse>(
    {
      method: 'alibaba.lsy.miniapp.user.get',
      responseRoot: 'alibaba_lsy_miniapp_user_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
