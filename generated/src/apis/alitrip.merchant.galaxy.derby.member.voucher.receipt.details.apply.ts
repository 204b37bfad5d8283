// Generated from specs/alitripmerchant/alitrip.merchant.galaxy.derby.member.voucher.receipt.details.apply.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.merchant.galaxy.derby.member.voucher.receipt.details.apply` (v5.0付费会员卡开发订单开票详情申请). */
export interface AlitripMerchantGalaxyDerbyMemberVoucherReceiptDetailsApplyRequest {
  /** tenant_key */
  tenant_key?: string;
  /** token */
  token?: string;
  /** 开票参数 */
  derby_voucher_card_apply_receipt_d_t_o?: AlitripMerchantGalaxyDerbyMemberVoucherReceiptDetailsApplyDerbyVoucherCardApplyReceiptDTOInput;
}

/** Response of `alitrip.merchant.galaxy.derby.member.voucher.receipt.details.apply`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripMerchantGalaxyDerbyMemberVoucherReceiptDetailsApplyResponse {
  /** 结果 */
  result?: AlitripMerchantGalaxyDerbyMemberVoucherReceiptDetailsApplyResponse2;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `DerbyVoucherCardApplyReceiptDTO` of `alitrip.merchant.galaxy.derby.member.voucher.receipt.details.apply`. */
export interface AlitripMerchantGalaxyDerbyMemberVoucherReceiptDetailsApplyDerbyVoucherCardApplyReceiptDTOInput {
  /** 发票类型(个人/公司) */
  receipt_type?: string;
  /** 张三 */
  name?: string;
  /** 13365231234 */
  phone?: string;
  /** 1456\@163.com */
  email?: string;
  /** 84531204051 */
  order_id?: string;
  /** 321312312 */
  tax_id?: string;
  /** 2131 */
  total_rate?: string;
}

/** `Response` of `alitrip.merchant.galaxy.derby.member.voucher.receipt.details.apply`. */
export interface AlitripMerchantGalaxyDerbyMemberVoucherReceiptDetailsApplyResponse2 {
  /** 是否成功 */
  success?: boolean;
  /** 错误码 */
  error_code?: string;
  /** 错误信息 */
  error_msg?: string;
  /** 内容 */
  content?: AlitripMerchantGalaxyDerbyMemberVoucherReceiptDetailsApplyDerbyVoucherReceiptApplyVO;
}

/** `DerbyVoucherReceiptApplyVO` of `alitrip.merchant.galaxy.derby.member.voucher.receipt.details.apply`. */
export interface AlitripMerchantGalaxyDerbyMemberVoucherReceiptDetailsApplyDerbyVoucherReceiptApplyVO {
  /** 发票申请流水号 */
  flow_number?: string;
  /** 订单号 */
  order_id?: string;
}

const REQUEST_SCHEMA = {
  tenant_key: 'String',
  token: 'String',
  derby_voucher_card_apply_receipt_d_t_o: {
    receipt_type: 'String',
    name: 'String',
    phone: 'String',
    email: 'String',
    order_id: 'String',
    tax_id: 'String',
    total_rate: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    error_code: 'String',
    error_msg: 'String',
    content: {
      flow_number: 'String',
      order_id: 'String',
    },
  },
} as const satisfies ObjectSchema;

/** Static description of `alitrip.merchant.galaxy.derby.member.voucher.receipt.details.apply`: method, response root, request and response schemas. */
export const alitripMerchantGalaxyDerbyMemberVoucherReceiptDetailsApplyOperation = {
  method: 'alitrip.merchant.galaxy.derby.member.voucher.receipt.details.apply',
  responseRoot: 'alitrip_merchant_galaxy_derby_member_voucher_receipt_details_apply_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * v5.0付费会员卡开发订单开票详情申请 — calls TOP method `alitrip.merchant.galaxy.derby.member.voucher.receipt.details.apply`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripMerchantGalaxyDerbyMemberVoucherReceiptDetailsApply(
  client: TopClient,
  request: AlitripMerchantGalaxyDerbyMemberVoucherReceiptDetailsApplyRequest = {},
  options?: CallOptions,
): Promise<AlitripMerchantGalaxyDerbyMemberVoucherReceiptDetailsApplyResponse> {
  return client.call<AlitripMerchantGalaxyDerbyMemberVoucherReceiptDetailsApplyResponse>(
    {
      method: 'alitrip.merchant.galaxy.derby.member.voucher.receipt.details.apply',
      responseRoot: 'alitrip_merchant_galaxy_derby_member_voucher_receipt_details_apply_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
