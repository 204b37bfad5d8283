// Generated from specs/alitripmerchant/alitrip.merchant.galaxy.derby.member.voucher.receipt.details.auto.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.merchant.galaxy.derby.member.voucher.receipt.details.auto` (v5.0付费会员卡开票抬头自匹配). */
export interface AlitripMerchantGalaxyDerbyMemberVoucherReceiptDetailsAutoRequest {
  /** tenant_key */
  tenant_key: string;
  /** 关键词 */
  keyword: string;
}

/** Response of `alitrip.merchant.galaxy.derby.member.voucher.receipt.details.auto`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripMerchantGalaxyDerbyMemberVoucherReceiptDetailsAutoResponse {
  /** 抬头自匹配接口返回结果 */
  result?: AlitripMerchantGalaxyDerbyMemberVoucherReceiptDetailsAutoResponse2;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Response` of `alitrip.merchant.galaxy.derby.member.voucher.receipt.details.auto`. */
export interface AlitripMerchantGalaxyDerbyMemberVoucherReceiptDetailsAutoResponse2 {
  /** 是否成功 */
  success?: boolean;
  /** 错误码 */
  error_code?: string;
  /** 错误信息 */
  error_msg?: string;
  /** 返回类型 */
  content?: AlitripMerchantGalaxyDerbyMemberVoucherReceiptDetailsAutoDerbyVoucherReceiptAutoVO[];
}

/** `DerbyVoucherReceiptAutoVO` of `alitrip.merchant.galaxy.derby.member.voucher.receipt.details.auto`. */
export interface AlitripMerchantGalaxyDerbyMemberVoucherReceiptDetailsAutoDerbyVoucherReceiptAutoVO {
  /** 发票抬头 */
  name?: string;
  /** 税号 */
  tax_i_d?: string;
}

const REQUEST_SCHEMA = {
  tenant_key: 'String',
  keyword: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    error_code: 'String',
    error_msg: 'String',
    content: [
      {
        name: 'String',
        tax_i_d: 'String',
      },
    ],
  },
} as const satisfies ObjectSchema;

/** Static description of `alitrip.merchant.galaxy.derby.member.voucher.receipt.details.auto`: method, response root, request and response schemas. */
export const alitripMerchantGalaxyDerbyMemberVoucherReceiptDetailsAutoOperation = {
  method: 'alitrip.merchant.galaxy.derby.member.voucher.receipt.details.auto',
  responseRoot: 'alitrip_merchant_galaxy_derby_member_voucher_receipt_details_auto_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * v5.0付费会员卡开票抬头自匹配 — calls TOP method `alitrip.merchant.galaxy.derby.member.voucher.receipt.details.auto`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripMerchantGalaxyDerbyMemberVoucherReceiptDetailsAuto(
  client: TopClient,
  request: AlitripMerchantGalaxyDerbyMemberVoucherReceiptDetailsAutoRequest,
  options?: CallOptions,
): Promise<AlitripMerchantGalaxyDerbyMemberVoucherReceiptDetailsAutoResponse> {
  return client.call<AlitripMerchantGalaxyDerbyMemberVoucherReceiptDetailsAutoResponse>(
    {
      method: 'alitrip.merchant.galaxy.derby.member.voucher.receipt.details.auto',
      responseRoot: 'alitrip_merchant_galaxy_derby_member_voucher_receipt_details_auto_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
