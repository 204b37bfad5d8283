// Generated from specs/alisports/alibaba.alisports.passport.oauth.alipaygrant.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alisports.passport.oauth.alipaygrant` (阿里体育会员系统-支付宝授权接口). */
export interface AlibabaAlisportsPassportOauthAlipaygrantRequest {
  /** 阿里体育分配的用户appkey */
  alisp_app_key: string;
  /** 请求接口的时间戳 */
  alisp_time: string;
  /** 签名字符串 */
  alisp_sign: string;
  /** 调用支付宝登录sdk返回的code */
  auth_code: string;
  /** 固定为rich_sports */
  partner_mode: string;
  /** 支付宝的appid */
  appid: string;
  /** 合作方的userid，即用户唯一的id标识 */
  app_uid: string;
}

/** Response of `alibaba.alisports.passport.oauth.alipaygrant`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlisportsPassportOauthAlipaygrantResponse {
  /** 返回状态码，200标识成功 */
  alisp_code?: Int64;
  /** 返回信息 */
  alisp_msg?: string;
  /** 返回数据 */
  alisp_data?: AlibabaAlisportsPassportOauthAlipaygrantAlispData;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `AlispData` of `alibaba.alisports.passport.oauth.alipaygrant`. */
export interface AlibabaAlisportsPassportOauthAlipaygrantAlispData {
  /** 头像 */
  avatar_url?: string;
  /** 昵称 */
  nick?: string;
  /** 阿里体育返回的ssotoken，用于后续ssotoken验证 */
  sso_token?: string;
  /** 手机号，需要找阿里体育申请并且配置白名单返回 */
  mobile?: string;
  /** 7天有效期，用来换取ssotoken */
  access_token?: string;
}

const REQUEST_SCHEMA = {
  alisp_app_key: 'String',
  alisp_time: 'String',
  alisp_sign: 'String',
  auth_code: 'String',
  partner_mode: 'String',
  appid: 'String',
  app_uid: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  alisp_code: 'Number',
  alisp_msg: 'String',
  alisp_data: {
    avatar_url: 'String',
    nick: 'String',
    sso_token: 'String',
    mobile: 'String',
    access_token: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alisports.passport.oauth.alipaygrant`: method, response root, request and response schemas. */
export const alibabaAlisportsPassportOauthAlipaygrantOperation = {
  method: 'alibaba.alisports.passport.oauth.alipaygrant',
  responseRoot: 'alibaba_alisports_passport_oauth_alipaygrant_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 阿里体育会员系统-支付宝授权接口 — calls TOP method `alibaba.alisports.passport.oauth.alipaygrant`.
 *
 * 开放给乐心运动使用的支付宝授权接口
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlisportsPassportOauthAlipaygrant(
  client: TopClient,
  request: AlibabaAlisportsPassportOauthAlipaygrantRequest,
  options?: CallOptions,
): Promise<AlibabaAlisportsPassportOauthAlipaygrantResponse> {
  return client.call<AlibabaAlisportsPassportOauthAlipaygrantResponse>(
    {
      method: 'alibaba.alisports.passport.oauth.alipaygrant',
      responseRoot: 'alibaba_alisports_passport_oauth_alipaygrant_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
