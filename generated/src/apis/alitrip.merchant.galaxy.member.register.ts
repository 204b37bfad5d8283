// Generated from specs/alitripmerchant/alitrip.merchant.galaxy.member.register.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.merchant.galaxy.member.register` (星河-微信小程序会员注册). */
export interface AlitripMerchantGalaxyMemberRegisterRequest {
  /** 租户身份信息 */
  tenant_key: string;
  /** 注册入参 */
  member_param: AlitripMerchantGalaxyMemberRegisterMemberParamInput;
}

/** Response of `alitrip.merchant.galaxy.member.register`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripMerchantGalaxyMemberRegisterResponse {
  /** 默认描述 */
  result?: AlitripMerchantGalaxyMemberRegisterResponse2;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `MemberParam` of `alitrip.merchant.galaxy.member.register`. */
export interface AlitripMerchantGalaxyMemberRegisterMemberParamInput {
  /** 用户英文姓 */
  last_name: string;
  /** 用户英文名 */
  first_name: string;
  /** 称呼 */
  civility: string;
  /** 用户手机号前缀 */
  phone_pre: string;
  /** 用户语言 */
  language: string;
  /** 是否接受协议 */
  accepted_tand_c: boolean;
  /** 用户手机号 */
  phone_num: string;
  /** 是否接受消息推送 */
  subscription: boolean;
  /** 用户邮箱 */
  email: string;
}

/** `Response` of `alitrip.merchant.galaxy.member.register`. */
export interface AlitripMerchantGalaxyMemberRegisterResponse2 {
  /** 成功还是失败 */
  success?: boolean;
  /** 错误代码 */
  error_code?: string;
  /** 是否注册成功 */
  register_result?: boolean;
  /** 错误信息 */
  error_msg?: string;
}

const REQUEST_SCHEMA = {
  tenant_key: 'String',
  member_param: {
    last_name: 'String',
    first_name: 'String',
    civility: 'String',
    phone_pre: 'String',
    language: 'String',
    accepted_tand_c: 'Boolean',
    phone_num: 'String',
    subscription: 'Boolean',
    email: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    error_code: 'String',
    register_result: 'Boolean',
    error_msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alitrip.merchant.galaxy.member.register`: method, response root, request and response schemas. */
export const alitripMerchantGalaxyMemberRegisterOperation = {
  method: 'alitrip.merchant.galaxy.member.register',
  responseRoot: 'alitrip_merchant_galaxy_member_register_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 星河-微信小程序会员注册 — calls TOP method `alitrip.merchant.galaxy.member.register`.
 *
 * 星河产品=微信小程序注册雅高会员服务
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripMerchantGalaxyMemberRegister(
  client: TopClient,
  request: AlitripMerchantGalaxyMemberRegisterRequest,
  options?: CallOptions,
): Promise<AlitripMerchantGalaxyMemberRegisterResponse> {
  return client.call<AlitripMerchantGalaxyMemberRegisterResponse>(
    {
      method: 'alitrip.merchant.galaxy.member.register',
      responseRoot: 'alitrip_merchant_galaxy_member_register_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
