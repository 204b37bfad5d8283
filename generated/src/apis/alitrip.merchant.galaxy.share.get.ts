// Generated from specs/alitripmerchant/alitrip.merchant.galaxy.share.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.merchant.galaxy.share.get` (星河-获取小程序分享文案和图片). */
export interface AlitripMerchantGalaxyShareGetRequest {
  /** 租户ID */
  tenant_key: string;
}

/** Response of `alitrip.merchant.galaxy.share.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripMerchantGalaxyShareGetResponse {
  /** 默认描述 */
  result?: AlitripMerchantGalaxyShareGetResponse2;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Response` of `alitrip.merchant.galaxy.share.get`. */
export interface AlitripMerchantGalaxyShareGetResponse2 {
  /** 是否成功 */
  success?: boolean;
  /** 错误编码 */
  error_code?: string;
  /** 返回分享素材 */
  content?: AlitripMerchantGalaxyShareGetShareMaterialVo;
  /** 错误描述 */
  error_msg?: string;
}

/** `ShareMaterialVo` of `alitrip.merchant.galaxy.share.get`. */
export interface AlitripMerchantGalaxyShareGetShareMaterialVo {
  /** 分享的文案 */
  text?: string;
  /** 分享的图片 */
  picture?: string;
}

const REQUEST_SCHEMA = {
  tenant_key: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    error_code: 'String',
    content: {
      text: 'String',
      picture: 'String',
    },
    error_msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alitrip.merchant.galaxy.share.get`: method, response root, request and response schemas. */
export const alitripMerchantGalaxyShareGetOperation = {
  method: 'alitrip.merchant.galaxy.share.get',
  responseRoot: 'alitrip_merchant_galaxy_share_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 星河-获取小程序分享文案和图片 — calls TOP method `alitrip.merchant.galaxy.share.get`.
 *
 * 获取 雅高微信小程序分享素材文案和图片。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripMerchantGalaxyShareGet(
  client: TopClient,
  request: AlitripMerchantGalaxyShareGetRequest,
  options?: CallOptions,
): Promise<AlitripMerchantGalaxyShareGetResponse> {
  return client.call<AlitripMerchantGalaxyShareGetResponse>(
    {
      method: 'alitrip.merchant.galaxy.share.get',
      responseRoot: 'alitrip_merchant_galaxy_share_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
