// Generated from specs/alitripmerchant/alitrip.merchant.galaxy.derby.member.voucher.card.redeem.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.merchant.galaxy.derby.member.voucher.card.redeem` (根据兑换码兑换臻享卡接口). */
export interface AlitripMerchantGalaxyDerbyMemberVoucherCardRedeemRequest {
  /** 租户ID */
  tenant_key: string;
  /** 用户标识 */
  token: string;
  /** 兑换臻享卡入参 */
  derby_voucher_card_redeem_d_t_o?: AlitripMerchantGalaxyDerbyMemberVoucherCardRedeemDerbyVoucherCardRedeemDTOInput;
}

/** Response of `alitrip.merchant.galaxy.derby.member.voucher.card.redeem`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripMerchantGalaxyDerbyMemberVoucherCardRedeemResponse {
  /** response */
  result?: AlitripMerchantGalaxyDerbyMemberVoucherCardRedeemResponse2;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `DerbyVoucherCardRedeemDTO` of `alitrip.merchant.galaxy.derby.member.voucher.card.redeem`. */
export interface AlitripMerchantGalaxyDerbyMemberVoucherCardRedeemDerbyVoucherCardRedeemDTOInput {
  /** 兑换号 */
  ticket_code: string;
  /** 用户协议 */
  user_agreement: boolean;
  /** 兑换协议 */
  exchange_agreement: boolean;
}

/** `Response` of `alitrip.merchant.galaxy.derby.member.voucher.card.redeem`. */
export interface AlitripMerchantGalaxyDerbyMemberVoucherCardRedeemResponse2 {
  /** 是否成功 */
  success?: boolean;
  /** 错误码 */
  error_code?: string;
  /** 错误信息 */
  error_msg?: string;
  /** 兑换结果 */
  content?: AlitripMerchantGalaxyDerbyMemberVoucherCardRedeemDerbyVoucherCardRedeemVO;
}

/** `DerbyVoucherCardRedeemVO` of `alitrip.merchant.galaxy.derby.member.voucher.card.redeem`. */
export interface AlitripMerchantGalaxyDerbyMemberVoucherCardRedeemDerbyVoucherCardRedeemVO {
  /** 兑换成功 */
  redeem_success?: boolean;
  /** 臻享卡卡号 */
  member_voucher_card_i_d?: string;
  /** 臻享卡卡类型 */
  voucher_card_category?: string;
}

const REQUEST_SCHEMA = {
  tenant_key: 'String',
  token: 'String',
  derby_voucher_card_redeem_d_t_o: {
    ticket_code: 'String',
    user_agreement: 'Boolean',
    exchange_agreement: 'Boolean',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    error_code: 'String',
    error_msg: 'String',
    content: {
      redeem_success: 'Boolean',
      member_voucher_card_i_d: 'String',
      voucher_card_category: 'String',
    },
  },
} as const satisfies ObjectSchema;

/** Static description of `alitrip.merchant.galaxy.derby.member.voucher.card.redeem`: method, response root, request and response schemas. */
export const alitripMerchantGalaxyDerbyMemberVoucherCardRedeemOperation = {
  method: 'alitrip.merchant.galaxy.derby.member.voucher.card.redeem',
  responseRoot: 'alitrip_merchant_galaxy_derby_member_voucher_card_redeem_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 根据兑换码兑换臻享卡接口 — calls TOP method `alitrip.merchant.galaxy.derby.member.voucher.card.redeem`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripMerchantGalaxyDerbyMemberVoucherCardRedeem(
  client: TopClient,
  request: AlitripMerchantGalaxyDerbyMemberVoucherCardRedeemRequest,
  options?: CallOptions,
): Promise<AlitripMerchantGalaxyDerbyMemberVoucherCardRedeemResponse> {
  return client.call<AlitripMerchantGalaxyDerbyMemberVoucherCardRedeemResponse>(
    {
      method: 'alitrip.merchant.galaxy.derby.member.voucher.card.redeem',
      responseRoot: 'alitrip_merchant_galaxy_derby_member_voucher_card_redeem_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
