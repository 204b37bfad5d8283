// Generated from specs/alitripmerchant/alitrip.merchant.galaxy.member.login.derby.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.merchant.galaxy.member.login.derby` (小程序通过德比登入（会员认证）). */
export interface AlitripMerchantGalaxyMemberLoginDerbyRequest {
  /** 租户标识 */
  tenant_key?: string;
  /** token */
  token?: string;
  /** 德比认证会员信息入参 */
  derby_authentication_param?: AlitripMerchantGalaxyMemberLoginDerbyDerbyAuthenticationParamInput;
  /** 场景来源，记录什么场景调用什么接口 */
  scene_source?: string;
}

/** Response of `alitrip.merchant.galaxy.member.login.derby`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripMerchantGalaxyMemberLoginDerbyResponse {
  /** 携带优惠券试单结果 */
  result?: AlitripMerchantGalaxyMemberLoginDerbyResponse2;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `DerbyAuthenticationParam` of `alitrip.merchant.galaxy.member.login.derby`. */
export interface AlitripMerchantGalaxyMemberLoginDerbyDerbyAuthenticationParamInput {
  /** 认证邮箱 */
  email?: string;
  /** 认证密码 */
  password?: string;
  /** 用户注册类型 */
  user_register_type?: string;
  /** 是否接受会员协议 */
  accepted_tand_c?: string;
  /** 是否是否勾选ALL和SMSALL收取优惠邮件 */
  optin_all?: boolean;
  /** 是否同意向境外提供个人信息 */
  data_export_agreement?: boolean;
}

/** `Response` of `alitrip.merchant.galaxy.member.login.derby`. */
export interface AlitripMerchantGalaxyMemberLoginDerbyResponse2 {
  /** 成功 */
  success?: boolean;
  /** 错误信息 */
  error_msg?: string;
  /** 错误码 */
  error_code?: string;
  /** 试单结果 */
  content?: boolean;
}

const REQUEST_SCHEMA = {
  tenant_key: 'String',
  token: 'String',
  derby_authentication_param: {
    email: 'String',
    password: 'String',
    user_register_type: 'String',
    accepted_tand_c: 'String',
    optin_all: 'Boolean',
    data_export_agreement: 'Boolean',
  },
  scene_source: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    error_msg: 'String',
    error_code: 'String',
    content: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alitrip.merchant.galaxy.member.login.derby`: method, response root, request and response schemas. */
export const alitripMerchantGalaxyMemberLoginDerbyOperation = {
  method: 'alitrip.merchant.galaxy.member.login.derby',
  responseRoot: 'alitrip_merchant_galaxy_member_login_derby_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 小程序通过德比登入（会员认证） — calls TOP method `alitrip.merchant.galaxy.member.login.derby`.
 *
 * 会员认证(德比切换接口，包含授权接口) 返回认证及授权状态
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripMerchantGalaxyMemberLoginDerby(
  client: TopClient,
  request: AlitripMerchantGalaxyMemberLoginDerbyRequest = {},
  options?: CallOptions,
): Promise<AlitripMerchantGalaxyMemberLoginDerbyResponse> {
  return client.call<AlitripMerchantGalaxyMemberLoginDerbyResponse>(
    {
      method: 'alitrip.merchant.galaxy.member.login.derby',
      responseRoot: 'alitrip_merchant_galaxy_member_login_derby_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
