// Generated from specs/alitripmerchant/alitrip.merchant.galaxy.member.register.derby.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.merchant.galaxy.member.register.derby` (会员注册(新版注册接口对接德比)). */
export interface AlitripMerchantGalaxyMemberRegisterDerbyRequest {
  /** 租户标识 */
  tenant_key?: string;
  /** token */
  token?: string;
  /** 用户注册信息 */
  member_param?: AlitripMerchantGalaxyMemberRegisterDerbyMemberParamInput;
  /** 场景来源，记录什么场景调用什么接口 */
  scene_source?: string;
}

/** Response of `alitrip.merchant.galaxy.member.register.derby`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripMerchantGalaxyMemberRegisterDerbyResponse {
  /** 携带优惠券试单结果 */
  result?: AlitripMerchantGalaxyMemberRegisterDerbyResponse2;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `MemberParam` of `alitrip.merchant.galaxy.member.register.derby`. */
export interface AlitripMerchantGalaxyMemberRegisterDerbyMemberParamInput {
  /** 城市 */
  country?: string;
  /** 用户名 */
  last_name?: string;
  /** 用户姓 */
  first_name?: string;
  /** 称呼 */
  civility?: string;
  /** 手机号前缀 */
  phone_pre?: string;
  /** 手机号 */
  phone_num?: string;
  /** 语言(枚举：Language) */
  language?: string;
  /** 是否接受协议 */
  accepted_tand_c?: boolean;
  /** 是否接受广告通知 */
  subscription?: boolean;
  /** 用户注册类型（1.新用户注册 2.老用户注册） */
  user_register_type?: string;
  /** 邮箱 */
  email?: string;
  /** 用户是否勾选短信收取优惠邮件 */
  optin_all?: boolean;
  /** 是否统一向境外提供个人信息 */
  data_export_agreement?: boolean;
}

/** `Response` of `alitrip.merchant.galaxy.member.register.derby`. */
export interface AlitripMerchantGalaxyMemberRegisterDerbyResponse2 {
  /** 成功 */
  success?: boolean;
  /** 错误信息 */
  error_msg?: string;
  /** 错误码 */
  error_code?: string;
  /** 试单结果 */
  content?: AlitripMerchantGalaxyMemberRegisterDerbyRegisterProgressVO;
}

/** `RegisterProgressVO` of `alitrip.merchant.galaxy.member.register.derby`. */
export interface AlitripMerchantGalaxyMemberRegisterDerbyRegisterProgressVO {
  /** 是否需要弹验证码弹框 */
  pop_up_verification?: boolean;
  /** 在雅高官网注册时的手机号 */
  phone?: string;
  /** 在雅高官网注册时的邮箱 */
  email?: string;
  /** 注册状态 */
  register_status?: boolean;
}

const REQUEST_SCHEMA = {
  tenant_key: 'String',
  token: 'String',
  member_param: {
    country: 'String',
    last_name: 'String',
    first_name: 'String',
    civility: 'String',
    phone_pre: 'String',
    phone_num: 'String',
    language: 'String',
    accepted_tand_c: 'Boolean',
    subscription: 'Boolean',
    user_register_type: 'String',
    email: 'String',
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
    content: {
      pop_up_verification: 'Boolean',
      phone: 'String',
      email: 'String',
      register_status: 'Boolean',
    },
  },
} as const satisfies ObjectSchema;

/** Static description of `alitrip.merchant.galaxy.member.register.derby`: method, response root, request and response schemas. */
export const alitripMerchantGalaxyMemberRegisterDerbyOperation = {
  method: 'alitrip.merchant.galaxy.member.register.derby',
  responseRoot: 'alitrip_merchant_galaxy_member_register_derby_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 会员注册(新版注册接口对接德比) — calls TOP method `alitrip.merchant.galaxy.member.register.derby`.
 *
 * 会员注册(新版注册接口对接德比)，返回手机号/邮箱/注册状态
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripMerchantGalaxyMemberRegisterDerby(
  client: TopClient,
  request: AlitripMerchantGalaxyMemberRegisterDerbyRequest = {},
  options?: CallOptions,
): Promise<AlitripMerchantGalaxyMemberRegisterDerbyResponse> {
  return client.call<AlitripMerchantGalaxyMemberRegisterDerbyResponse>(
    {
      method: 'alitrip.merchant.galaxy.member.register.derby',
      responseRoot: 'alitrip_merchant_galaxy_member_register_derby_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
