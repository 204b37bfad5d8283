// Generated from specs/alitripmerchant/alitrip.merchant.galaxy.derby.member.voucher.card.order.place.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.merchant.galaxy.derby.member.voucher.card.order.place` (德比付费会员卡下单). */
export interface AlitripMerchantGalaxyDerbyMemberVoucherCardOrderPlaceRequest {
  /** 1 */
  tenant_key?: string;
  /** 1 */
  token?: string;
  /** 商品参数 */
  derby_voucher_card_pay_d_t_o?: AlitripMerchantGalaxyDerbyMemberVoucherCardOrderPlaceDerbyVoucherCardPayDTOInput;
}

/** Response of `alitrip.merchant.galaxy.derby.member.voucher.card.order.place`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripMerchantGalaxyDerbyMemberVoucherCardOrderPlaceResponse {
  /** 1 */
  result?: AlitripMerchantGalaxyDerbyMemberVoucherCardOrderPlaceResponse2;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `DerbyVoucherCardPayDTO` of `alitrip.merchant.galaxy.derby.member.voucher.card.order.place`. */
export interface AlitripMerchantGalaxyDerbyMemberVoucherCardOrderPlaceDerbyVoucherCardPayDTOInput {
  /** 实付金额 */
  paid_in_amount?: string;
  /** 商品权益编码 */
  voucher_card_code?: string;
  /** 商品类型APLUSP:Premium卡。APLUSB:Basic卡。 */
  voucher_card_category?: string;
  /** 是否接受会员条款(必选) */
  accepted_tand_c?: string;
  /** 是否勾选邮箱条款 */
  optin_all?: string;
  /** 订单id(传了就是已存在订单，重复唤起支付) */
  order_id?: string;
  /** 是否勾选短信条款 */
  optin_s_m_s_a_l_l?: boolean;
}

/** `Response` of `alitrip.merchant.galaxy.derby.member.voucher.card.order.place`. */
export interface AlitripMerchantGalaxyDerbyMemberVoucherCardOrderPlaceResponse2 {
  /** 1 */
  success?: boolean;
  /** 1 */
  error_code?: string;
  /** 1 */
  error_msg?: string;
  /** 可购权益卡实体类 */
  content?: AlitripMerchantGalaxyDerbyMemberVoucherCardOrderPlaceDerbyVoucherCardPurchasableVO;
}

/** `DerbyVoucherCardPurchasableVO` of `alitrip.merchant.galaxy.derby.member.voucher.card.order.place`. */
export interface AlitripMerchantGalaxyDerbyMemberVoucherCardOrderPlaceDerbyVoucherCardPurchasableVO {
  /** 订单id */
  order_id?: string;
  /** 时间戳 */
  time_stamp?: string;
  /** 随机字符串 */
  nonce_str?: string;
  /** 支付认证 */
  packag?: string;
  /** 签名 */
  pay_sign?: string;
  /** 签名方式 */
  sign_type?: string;
}

const REQUEST_SCHEMA = {
  tenant_key: 'String',
  token: 'String',
  derby_voucher_card_pay_d_t_o: {
    paid_in_amount: 'String',
    voucher_card_code: 'String',
    voucher_card_category: 'String',
    accepted_tand_c: 'String',
    optin_all: 'String',
    order_id: 'String',
    optin_s_m_s_a_l_l: 'Boolean',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    error_code: 'String',
    error_msg: 'String',
    content: {
      order_id: 'String',
      time_stamp: 'String',
      nonce_str: 'String',
      packag: 'String',
      pay_sign: 'String',
      sign_type: 'String',
    },
  },
} as const satisfies ObjectSchema;

/** Static description of `alitrip.merchant.galaxy.derby.member.voucher.card.order.place`: method, response root, request and response schemas. */
export const alitripMerchantGalaxyDerbyMemberVoucherCardOrderPlaceOperation = {
  method: 'alitrip.merchant.galaxy.derby.member.voucher.card.order.place',
  responseRoot: 'alitrip_merchant_galaxy_derby_member_voucher_card_order_place_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 德比付费会员卡下单 — calls TOP method `alitrip.merchant.galaxy.derby.member.voucher.card.order.place`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripMerchantGalaxyDerbyMemberVoucherCardOrderPlace(
  client: TopClient,
  request: AlitripMerchantGalaxyDerbyMemberVoucherCardOrderPlaceRequest = {},
  options?: CallOptions,
): Promise<AlitripMerchantGalaxyDerbyMemberVoucherCardOrderPlaceResponse> {
  return client.call<AlitripMerchantGalaxyDerbyMemberVoucherCardOrderPlaceResponse>(
    {
      method: 'alitrip.merchant.galaxy.derby.member.voucher.card.order.place',
      responseRoot: 'alitrip_merchant_galaxy_derby_member_voucher_card_order_place_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
