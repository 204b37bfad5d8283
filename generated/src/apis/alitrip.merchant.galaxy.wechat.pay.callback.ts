// Generated from specs/alitripmerchant/alitrip.merchant.galaxy.wechat.pay.callback.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.merchant.galaxy.wechat.pay.callback` (微信支付回调). */
export interface AlitripMerchantGalaxyWechatPayCallbackRequest {
  /** 1 */
  tenant_key?: string;
  /** 回调参数 */
  call_back_json?: string;
}

/** Response of `alitrip.merchant.galaxy.wechat.pay.callback`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripMerchantGalaxyWechatPayCallbackResponse {
  /** 1 */
  result?: AlitripMerchantGalaxyWechatPayCallbackResponse2;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Response` of `alitrip.merchant.galaxy.wechat.pay.callback`. */
export interface AlitripMerchantGalaxyWechatPayCallbackResponse2 {
  /** 1 */
  success?: boolean;
  /** 1 */
  error_code?: string;
  /** 1 */
  error_msg?: string;
  /** 微信要求的返回类 */
  content?: AlitripMerchantGalaxyWechatPayCallbackWechatCallbackResponse;
}

/** `WechatCallbackResponse` of `alitrip.merchant.galaxy.wechat.pay.callback`. */
export interface AlitripMerchantGalaxyWechatPayCallbackWechatCallbackResponse {
  /** 错误码，SUCCESS为清算机构接收成功，其他错误码为失败。 */
  code?: string;
  /** 返回信息，如非空，为错误原因。 */
  message?: string;
}

const REQUEST_SCHEMA = {
  tenant_key: 'String',
  call_back_json: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    error_code: 'String',
    error_msg: 'String',
    content: {
      code: 'String',
      message: 'String',
    },
  },
} as const satisfies ObjectSchema;

/** Static description of `alitrip.merchant.galaxy.wechat.pay.callback`: method, response root, request and response schemas. */
export const alitripMerchantGalaxyWechatPayCallbackOperation = {
  method: 'alitrip.merchant.galaxy.wechat.pay.callback',
  responseRoot: 'alitrip_merchant_galaxy_wechat_pay_callback_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 微信支付回调 — calls TOP method `alitrip.merchant.galaxy.wechat.pay.callback`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripMerchantGalaxyWechatPayCallback(
  client: TopClient,
  request: AlitripMerchantGalaxyWechatPayCallbackRequest = {},
  options?: CallOptions,
): Promise<AlitripMerchantGalaxyWechatPayCallbackResponse> {
  return client.call<AlitripMerchantGalaxyWechatPayCallbackResponse>(
    {
      method: 'alitrip.merchant.galaxy.wechat.pay.callback',
      responseRoot: 'alitrip_merchant_galaxy_wechat_pay_callback_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
