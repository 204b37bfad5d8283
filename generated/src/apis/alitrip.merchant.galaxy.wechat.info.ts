// Generated from specs/alitripmerchant/alitrip.merchant.galaxy.wechat.info.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.merchant.galaxy.wechat.info` (星河-获取微信用户的信息). */
export interface AlitripMerchantGalaxyWechatInfoRequest {
  /** 租户的id */
  tenant_key?: string;
  /** 微信小程序获取的code */
  code?: string;
}

/** Response of `alitrip.merchant.galaxy.wechat.info`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripMerchantGalaxyWechatInfoResponse {
  /** 默认描述 */
  result?: AlitripMerchantGalaxyWechatInfoResponse2;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Response` of `alitrip.merchant.galaxy.wechat.info`. */
export interface AlitripMerchantGalaxyWechatInfoResponse2 {
  /** 是否成功 */
  success?: boolean;
  /** 错误码 */
  error_code?: string;
  /** 返回的微信用户信息 */
  content?: AlitripMerchantGalaxyWechatInfoWechatCodeResponse;
  /** 错误信息 */
  error_msg?: string;
}

/** `WechatCodeResponse` of `alitrip.merchant.galaxy.wechat.info`. */
export interface AlitripMerchantGalaxyWechatInfoWechatCodeResponse {
  /** 微信union_Id */
  union_id?: string;
  /** 微信用户openId */
  open_id?: string;
}

const REQUEST_SCHEMA = {
  tenant_key: 'String',
  code: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    error_code: 'String',
    content: {
      union_id: 'String',
      open_id: 'String',
    },
    error_msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alitrip.merchant.galaxy.wechat.info`: method, response root, request and response schemas. */
export const alitripMerchantGalaxyWechatInfoOperation = {
  method: 'alitrip.merchant.galaxy.wechat.info',
  responseRoot: 'alitrip_merchant_galaxy_wechat_info_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 星河-获取微信用户的信息 — calls TOP method `alitrip.merchant.galaxy.wechat.info`.
 *
 * 获取微信用户的openId和unionId
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripMerchantGalaxyWechatInfo(
  client: TopClient,
  request: AlitripMerchantGalaxyWechatInfoRequest = {},
  options?: CallOptions,
): Promise<AlitripMerchantGalaxyWechatInfoResponse> {
  return client.call<AlitripMerchantGalaxyWechatInfoResponse>(
    {
      method: 'alitrip.merchant.galaxy.wechat.info',
      responseRoot: 'alitrip_merchant_galaxy_wechat_info_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
