// Generated from specs/alitripmerchant/alitrip.merchant.galaxy.wechat.user.modify.phone.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.merchant.galaxy.wechat.user.modify.phone` (DFC-ID用户换绑手机号). */
export interface AlitripMerchantGalaxyWechatUserModifyPhoneRequest {
  /** 租户标识 */
  tenant_key?: string;
  /** 微信向程序登录参数 */
  login_param?: AlitripMerchantGalaxyWechatUserModifyPhoneLoginParamInput;
  /** token */
  token?: string;
}

/** Response of `alitrip.merchant.galaxy.wechat.user.modify.phone`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripMerchantGalaxyWechatUserModifyPhoneResponse {
  /** 返回结果 */
  result?: AlitripMerchantGalaxyWechatUserModifyPhoneResponse2;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `LoginParam` of `alitrip.merchant.galaxy.wechat.user.modify.phone`. */
export interface AlitripMerchantGalaxyWechatUserModifyPhoneLoginParamInput {
  /** 用户信息初始化向量 */
  info_iv?: string;
  /** 微信授权code */
  code?: string;
  /** 加密手机号 */
  encrypted_phone?: string;
  /** 基本信息签名 */
  signature?: string;
  /** 用户IP */
  ip?: string;
  /** 包含用户unionId的加密信息 */
  encrypted_info?: string;
  /** 用户手机号的初始化向量 */
  phone_iv?: string;
  /** {"nkName":"zhangsan"} */
  raw_data?: string;
  /** 用户注册的渠道 */
  channel?: Int64Input;
  /** 是否是老版本 */
  old_version?: boolean;
  /** 场景值 */
  scene_distinction?: string;
  /** 姓名验证 */
  name_verification?: string;
  /** 注销账号场景 */
  destroy_verification?: boolean;
  /** 新版本的用户信息 */
  new_userinfo?: AlitripMerchantGalaxyWechatUserModifyPhoneNewUserInfoInput;
  /** 用户信息加密版 */
  user_encrypt_info?: string;
}

/** `NewUserInfo` of `alitrip.merchant.galaxy.wechat.user.modify.phone`. */
export interface AlitripMerchantGalaxyWechatUserModifyPhoneNewUserInfoInput {
  /** 昵称 */
  nk_name?: string;
  /** 性别 */
  gender?: Int64Input;
  /** 语言 */
  language?: string;
  /** 城市 */
  city?: string;
  /** 省份 */
  province?: string;
  /** 国家 */
  country?: string;
  /** 头像 */
  avatar_url?: string;
}

/** `Response` of `alitrip.merchant.galaxy.wechat.user.modify.phone`. */
export interface AlitripMerchantGalaxyWechatUserModifyPhoneResponse2 {
  /** 是否成功 */
  success?: boolean;
  /** 错误码 */
  error_code?: string;
  /** 错误信息 */
  error_msg?: string;
  /** 用户token及用户当前状态 */
  content?: AlitripMerchantGalaxyWechatUserModifyPhoneUserCurrentStatus;
}

/** `UserCurrentStatus` of `alitrip.merchant.galaxy.wechat.user.modify.phone`. */
export interface AlitripMerchantGalaxyWechatUserModifyPhoneUserCurrentStatus {
  /** token */
  token?: string;
  /** 用户当前状态 */
  status?: string;
  /** 场景值 */
  scene_code?: string;
  /** 用户-姓 */
  for_name_verification?: string;
  /** 用户信息加密版 */
  user_encrypt_info?: string;
}

const REQUEST_SCHEMA = {
  tenant_key: 'String',
  login_param: {
    info_iv: 'String',
    code: 'String',
    encrypted_phone: 'String',
    signature: 'String',
    ip: 'String',
    encrypted_info: 'String',
    phone_iv: 'String',
    raw_data: 'String',
    channel: 'Number',
    old_version: 'Boolean',
    scene_distinction: 'String',
    name_verification: 'String',
    destroy_verification: 'Boolean',
    new_userinfo: {
      nk_name: 'String',
      gender: 'Number',
      language: 'String',
      city: 'String',
      province: 'String',
      country: 'String',
      avatar_url: 'String',
    },
    user_encrypt_info: 'String',
  },
  token: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    error_code: 'String',
    error_msg: 'String',
    content: {
      token: 'String',
      status: 'String',
      scene_code: 'String',
      for_name_verification: 'String',
      user_encrypt_info: 'String',
    },
  },
} as const satisfies ObjectSchema;

/** Static description of `alitrip.merchant.galaxy.wechat.user.modify.phone`: method, response root, request and response schemas. */
export const alitripMerchantGalaxyWechatUserModifyPhoneOperation = {
  method: 'alitrip.merchant.galaxy.wechat.user.modify.phone',
  responseRoot: 'alitrip_merchant_galaxy_wechat_user_modify_phone_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * DFC-ID用户换绑手机号 — calls TOP method `alitrip.merchant.galaxy.wechat.user.modify.phone`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripMerchantGalaxyWechatUserModifyPhone(
  client: TopClient,
  request: AlitripMerchantGalaxyWechatUserModifyPhoneRequest = {},
  options?: CallOptions,
): Promise<AlitripMerchantGalaxyWechatUserModifyPhoneResponse> {
  return client.call<AlitripMerchantGalaxyWechatUserModifyPhoneResponse>(
    {
      method: 'alitrip.merchant.galaxy.wechat.user.modify.phone',
      responseRoot: 'alitrip_merchant_galaxy_wechat_user_modify_phone_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
