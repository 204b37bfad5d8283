// Generated from specs/alitripmerchant/alitrip.merchant.galaxy.derby.member.voucher.card.aps.refund.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.merchant.galaxy.derby.member.voucher.card.aps.refund` (Aps退券通知接口). */
export interface AlitripMerchantGalaxyDerbyMemberVoucherCardApsRefundRequest {
  /** tenant_key */
  tenant_key: string;
  /** 请求String */
  derby_body: string;
}

/** Response of `alitrip.merchant.galaxy.derby.member.voucher.card.aps.refund`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripMerchantGalaxyDerbyMemberVoucherCardApsRefundResponse {
  /** 响应 */
  result?: AlitripMerchantGalaxyDerbyMemberVoucherCardApsRefundResponse2;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Response` of `alitrip.merchant.galaxy.derby.member.voucher.card.aps.refund`. */
export interface AlitripMerchantGalaxyDerbyMemberVoucherCardApsRefundResponse2 {
  /** 是否成功 */
  success?: boolean;
  /** 错误码 */
  error_code?: string;
  /** 错误信息 */
  error_msg?: string;
  /** 响应体 */
  content?: boolean;
}

const REQUEST_SCHEMA = {
  tenant_key: 'String',
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

/** Static description of `alitrip.merchant.galaxy.derby.member.voucher.card.aps.refund`: method, response root, request and response schemas. */
export const alitripMerchantGalaxyDerbyMemberVoucherCardApsRefundOperation = {
  method: 'alitrip.merchant.galaxy.derby.member.voucher.card.aps.refund',
  responseRoot: 'alitrip_merchant_galaxy_derby_member_voucher_card_aps_refund_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * Aps退券通知接口 — calls TOP method `alitrip.merchant.galaxy.derby.member.voucher.card.aps.refund`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripMerchantGalaxyDerbyMemberVoucherCardApsRefund(
  client: TopClient,
  request: AlitripMerchantGalaxyDerbyMemberVoucherCardApsRefundRequest,
  options?: CallOptions,
): Promise<AlitripMerchantGalaxyDerbyMemberVoucherCardApsRefundResponse> {
  return client.call<AlitripMerchantGalaxyDerbyMemberVoucherCardApsRefundResponse>(
    {
      method: 'alitrip.merchant.galaxy.derby.member.voucher.card.aps.refund',
      responseRoot: 'alitrip_merchant_galaxy_derby_member_voucher_card_aps_refund_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
