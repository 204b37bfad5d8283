// Generated from specs/alitripmerchant/alitrip.merchant.galaxy.wechat.user.authorize.login.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.merchant.galaxy.wechat.user.authorize.login` (DFC-ID用户手机号授权登录). */
export interface AlitripMerchantGalaxyWechatUserAuthorizeLoginRequest {
  /** 租户标识 */
  tenant_key?: string;
  /** 微信向程序登录参数 */
  login_param?: AlitripMerchantGalaxyWechatUserAuthorizeLoginLoginParamInput;
}

/** Response of `alitrip.merchant.galaxy.wechat.user.authorize.login`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripMerchantGalaxyWechatUserAuthorizeLoginResponse {
  /** 返回结果 */
  result?: AlitripMerchantGalaxyWechatUserAuthorizeLoginResponse2;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `LoginParam` of `alitrip.merchant.galaxy.wechat.user.authorize.login`. */
export interface AlitripMerchantGalaxyWechatUserAuthorizeLoginLoginParamInput {
  /** 微信认证code */
  code?: string;
  /** 用户的基本信息 */
  raw_data?: string;
  /** 验签数据完整签名 */
  signature?: string;
  /** 用户信息的加密数据 */
  encrypted_info?: string;
  /** 解密unionId的算法初始化向量 */
  info_iv?: string;
  /** 包含用户手机号的加密信息 */
  encrypted_phone?: string;
  /** 解密用户手机号的初始化向量 */
  phone_iv?: string;
  /** 用户的ip */
  ip?: string;
  /** 用户注册的渠道 */
  channel?: Int64Input;
  /** 是否是老版本 */
  old_version?: boolean;
  /** 场景值 */
  scene_distinction?: string;
  /** 姓名验证 */
  name_verification?: string;
  /** 新版本的用户信息 */
  new_userinfo?: AlitripMerchantGalaxyWechatUserAuthorizeLoginNewUserInfoInput;
}

/** `NewUserInfo` of `alitrip.merchant.galaxy.wechat.user.authorize.login`. */
export interface AlitripMerchantGalaxyWechatUserAuthorizeLoginNewUserInfoInput {
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

/** `Response` of `alitrip.merchant.galaxy.wechat.user.authorize.login`. */
export interface AlitripMerchantGalaxyWechatUserAuthorizeLoginResponse2 {
  /** 是否成功 */
  success?: boolean;
  /** 错误码 */
  error_code?: string;
  /** 具体错误信息 */
  error_msg?: string;
  /** 用户token相关信息 */
  content?: AlitripMerchantGalaxyWechatUserAuthorizeLoginUserCurrentStatus;
}

/** `UserCurrentStatus` of `alitrip.merchant.galaxy.wechat.user.authorize.login`. */
export interface AlitripMerchantGalaxyWechatUserAuthorizeLoginUserCurrentStatus {
  /** token */
  token?: string;
  /** 用户当前状态 */
  status?: string;
  /** 二次验证场景 */
  scene_code?: string;
  /** 用户姓 */
  for_name_verification?: string;
  /** 手机号更新换绑提示 */
  update_toast_sign?: boolean;
}

const REQUEST_SCHEMA = {
  tenant_key: 'String',
  login_param: {
    code: 'String',
    raw_data: 'String',
    signature: 'String',
    encrypted_info: 'String',
    info_iv: 'String',
    encrypted_phone: 'String',
    phone_iv: 'String',
    ip: 'String',
    channel: 'Number',
    old_version: 'Boolean',
    scene_distinction: 'String',
    name_verification: 'String',
    new_userinfo: {
      nk_name: 'String',
      gender: 'Number',
      language: 'String',
      city: 'String',
      province: 'String',
      country: 'String',
      avatar_url: 'String',
    },
  },
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
      update_toast_sign: 'Boolean',
    },
  },
} as const satisfies ObjectSchema;

/** Static description of `alitrip.merchant.galaxy.wechat.user.authorize.login`: method, response root, request and response schemas. */
export const alitripMerchantGalaxyWechatUserAuthorizeLoginOperation = {
  method: 'alitrip.merchant.galaxy.wechat.user.authorize.login',
  responseRoot: 'alitrip_merchant_galaxy_wechat_user_authorize_login_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * DFC-ID用户手机号授权登录 — calls TOP method `alitrip.merchant.galaxy.wechat.user.authorize.login`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripMerchantGalaxyWechatUserAuthorizeLogin(
  client: TopClient,
  request: AlitripMerchantGalaxyWechatUserAuthorizeLoginRequest = {},
  options?: CallOptions,
): Promise<AlitripMerchantGalaxyWechatUserAuthorizeLoginResponse> {
  return client.call<AlitripMerchantGalaxyWechatUserAuthorizeLoginResponse>(
    {
      method: 'alitrip.merchant.galaxy.wechat.user.authorize.login',
      responseRoot: 'alitrip_merchant_galaxy_wechat_user_authorize_login_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
