// Generated from specs/alitripmerchant/alitrip.merchant.galaxy.member.provider.register.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.merchant.galaxy.member.provider.register` (对外提供会员注册服务). */
export interface AlitripMerchantGalaxyMemberProviderRegisterRequest {
  /** 租户身份信息 */
  tenant_key: string;
  /** 注册入参 */
  provider_member_param: AlitripMerchantGalaxyMemberProviderRegisterProviderMemberParamInput;
}

/** Response of `alitrip.merchant.galaxy.member.provider.register`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripMerchantGalaxyMemberProviderRegisterResponse {
  /** 默认描述 */
  result?: AlitripMerchantGalaxyMemberProviderRegisterResponse2;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ProviderMemberParam` of `alitrip.merchant.galaxy.member.provider.register`. */
export interface AlitripMerchantGalaxyMemberProviderRegisterProviderMemberParamInput {
  /** 用户英文姓 */
  last_name?: string;
  /** 称呼 */
  civility?: string;
  /** 签名 */
  signature?: string;
  /** 手机号前缀（加密） */
  phone_pre?: string;
  /** 手机号（加密） */
  phone_num?: string;
  /** 语言 */
  language?: string;
  /** 是否订阅信息 */
  subscription?: boolean;
  /** 请求路径 */
  url?: string;
  /** 英文名 */
  first_name?: string;
  /** 请求应用的id */
  app_id?: string;
  /** 是否接受协议 */
  accepted_tand_c?: boolean;
  /** 邮箱（加密） */
  email?: string;
  /** 追踪信息 */
  promote_info?: string;
}

/** `Response` of `alitrip.merchant.galaxy.member.provider.register`. */
export interface AlitripMerchantGalaxyMemberProviderRegisterResponse2 {
  /** 错误信息 */
  error_msg?: string;
  /** 是否注册成功 */
  content?: boolean;
  /** 错误代码 */
  error_code?: string;
  /** 是否成功 */
  success?: boolean;
}

const REQUEST_SCHEMA = {
  tenant_key: 'String',
  provider_member_param: {
    last_name: 'String',
    civility: 'String',
    signature: 'String',
    phone_pre: 'String',
    phone_num: 'String',
    language: 'String',
    subscription: 'Boolean',
    url: 'String',
    first_name: 'String',
    app_id: 'String',
    accepted_tand_c: 'Boolean',
    email: 'String',
    promote_info: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    error_msg: 'String',
    content: 'Boolean',
    error_code: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alitrip.merchant.galaxy.member.provider.register`: method, response root, request and response schemas. */
export const alitripMerchantGalaxyMemberProviderRegisterOperation = {
  method: 'alitrip.merchant.galaxy.member.provider.register',
  responseRoot: 'alitrip_merchant_galaxy_member_provider_register_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 对外提供会员注册服务 — calls TOP method `alitrip.merchant.galaxy.member.provider.register`.
 *
 * 星河产品=对外提供注册雅高会员服务
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripMerchantGalaxyMemberProviderRegister(
  client: TopClient,
  request: AlitripMerchantGalaxyMemberProviderRegisterRequest,
  options?: CallOptions,
): Promise<AlitripMerchantGalaxyMemberProviderRegisterResponse> {
  return client.call<AlitripMerchantGalaxyMemberProviderRegisterResponse>(
    {
      method: 'alitrip.merchant.galaxy.member.provider.register',
      responseRoot: 'alitrip_merchant_galaxy_member_provider_register_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
