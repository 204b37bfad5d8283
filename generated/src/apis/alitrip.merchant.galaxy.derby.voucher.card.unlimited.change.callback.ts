// Generated from specs/alitripmerchant/alitrip.merchant.galaxy.derby.voucher.card.unlimited.change.callback.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.merchant.galaxy.derby.voucher.card.unlimited.change.callback` (德比无限次券核销通知接口). */
export interface AlitripMerchantGalaxyDerbyVoucherCardUnlimitedChangeCallbackRequest {
  /** 1 */
  tenant_key?: string;
  /** 方法标识 */
  derby_method: string;
  /** 德比回调json信息 */
  derby_body: string;
}

/** Response of `alitrip.merchant.galaxy.derby.voucher.card.unlimited.change.callback`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripMerchantGalaxyDerbyVoucherCardUnlimitedChangeCallbackResponse {
  /** 返回值 */
  result?: AlitripMerchantGalaxyDerbyVoucherCardUnlimitedChangeCallbackResponse2;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Response` of `alitrip.merchant.galaxy.derby.voucher.card.unlimited.change.callback`. */
export interface AlitripMerchantGalaxyDerbyVoucherCardUnlimitedChangeCallbackResponse2 {
  /** 1 */
  success?: boolean;
  /** 错误码 */
  error_code?: string;
  /** 错误信息 */
  error_msg?: string;
  /** 回调处理结果 */
  content?: boolean;
}

const REQUEST_SCHEMA = {
  tenant_key: 'String',
  derby_method: 'String',
  derby_body: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    error_code: 'String',
    error_msg: 'String',
    content: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alitrip.merchant.galaxy.derby.voucher.card.unlimited.change.callback`: method, response root, request and response schemas. */
export const alitripMerchantGalaxyDerbyVoucherCardUnlimitedChangeCallbackOperation = {
  method: 'alitrip.merchant.galaxy.derby.voucher.card.unlimited.change.callback',
  responseRoot: 'alitrip_merchant_galaxy_derby_voucher_card_unlimited_change_callback_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 德比无限次券核销通知接口 — calls TOP method `alitrip.merchant.galaxy.derby.voucher.card.unlimited.change.callback`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripMerchantGalaxyDerbyVoucherCardUnlimitedChangeCallback(
  client: TopClient,
  request: AlitripMerchantGalaxyDerbyVoucherCardUnlimitedChangeCallbackRequest,
  options?: CallOptions,
): Promise<AlitripMerchantGalaxyDerbyVoucherCardUnlimitedChangeCallbackResponse> {
  return client.call<AlitripMerchantGalaxyDerbyVoucherCardUnlimitedChangeCallbackResponse>(
    {
      method: 'alitrip.merchant.galaxy.derby.voucher.card.unlimited.change.callback',
      responseRoot: 'alitrip_merchant_galaxy_derby_voucher_card_unlimited_change_callback_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
