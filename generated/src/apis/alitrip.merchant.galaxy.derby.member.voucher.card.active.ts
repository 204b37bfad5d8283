// Generated from specs/alitripmerchant/alitrip.merchant.galaxy.derby.member.voucher.card.active.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.merchant.galaxy.derby.member.voucher.card.active` (权益卡订单激活). */
export interface AlitripMerchantGalaxyDerbyMemberVoucherCardActiveRequest {
  /** tenant_key */
  tenant_key: string;
  /** token */
  token: string;
  /** 会员卡号 */
  card_number: string;
  /** 权益卡号 */
  member_voucher_card_i_d: string;
}

/** Response of `alitrip.merchant.galaxy.derby.member.voucher.card.active`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripMerchantGalaxyDerbyMemberVoucherCardActiveResponse {
  /** 结果 */
  result?: AlitripMerchantGalaxyDerbyMemberVoucherCardActiveResponse2;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Response` of `alitrip.merchant.galaxy.derby.member.voucher.card.active`. */
export interface AlitripMerchantGalaxyDerbyMemberVoucherCardActiveResponse2 {
  /** 是否成功 */
  success?: boolean;
  /** 错误码 */
  error_code?: string;
  /** 内容 */
  content?: AlitripMerchantGalaxyDerbyMemberVoucherCardActiveDerbyVoucherCardActiveVO;
  /** 错误码 */
  error_msg?: string;
}

/** `DerbyVoucherCardActiveVO` of `alitrip.merchant.galaxy.derby.member.voucher.card.active`. */
export interface AlitripMerchantGalaxyDerbyMemberVoucherCardActiveDerbyVoucherCardActiveVO {
  /** 会员卡号 */
  card_number?: string;
  /** 权益卡号 */
  member_voucher_card_i_d?: string;
}

const REQUEST_SCHEMA = {
  tenant_key: 'String',
  token: 'String',
  card_number: 'String',
  member_voucher_card_i_d: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    error_code: 'String',
    content: {
      card_number: 'String',
      member_voucher_card_i_d: 'String',
    },
    error_msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alitrip.merchant.galaxy.derby.member.voucher.card.active`: method, response root, request and response schemas. */
export const alitripMerchantGalaxyDerbyMemberVoucherCardActiveOperation = {
  method: 'alitrip.merchant.galaxy.derby.member.voucher.card.active',
  responseRoot: 'alitrip_merchant_galaxy_derby_member_voucher_card_active_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 权益卡订单激活 — calls TOP method `alitrip.merchant.galaxy.derby.member.voucher.card.active`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripMerchantGalaxyDerbyMemberVoucherCardActive(
  client: TopClient,
  request: AlitripMerchantGalaxyDerbyMemberVoucherCardActiveRequest,
  options?: CallOptions,
): Promise<AlitripMerchantGalaxyDerbyMemberVoucherCardActiveResponse> {
  return client.call<AlitripMerchantGalaxyDerbyMemberVoucherCardActiveResponse>(
    {
      method: 'alitrip.merchant.galaxy.derby.member.voucher.card.active',
      responseRoot: 'alitrip_merchant_galaxy_derby_member_voucher_card_active_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
