// Generated from specs/alitripmerchant/alitrip.merchant.galaxy.derby.member.voucher.card.order.cancel.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.merchant.galaxy.derby.member.voucher.card.order.cancel` (取消订单). */
export interface AlitripMerchantGalaxyDerbyMemberVoucherCardOrderCancelRequest {
  /** 1 */
  tenant_key?: string;
  /** 1 */
  token?: string;
  /** 取消订单参数 */
  derby_voucher_card_cancel_d_t_o?: AlitripMerchantGalaxyDerbyMemberVoucherCardOrderCancelDerbyVoucherCardCancelDTOInput;
}

/** Response of `alitrip.merchant.galaxy.derby.member.voucher.card.order.cancel`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripMerchantGalaxyDerbyMemberVoucherCardOrderCancelResponse {
  /** 1 */
  result?: AlitripMerchantGalaxyDerbyMemberVoucherCardOrderCancelResponse2;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `DerbyVoucherCardCancelDTO` of `alitrip.merchant.galaxy.derby.member.voucher.card.order.cancel`. */
export interface AlitripMerchantGalaxyDerbyMemberVoucherCardOrderCancelDerbyVoucherCardCancelDTOInput {
  /** 订单id */
  order_id?: string;
  /** 订单状态code */
  status?: string;
  /** 模拟token */
  fk_token?: string;
}

/** `Response` of `alitrip.merchant.galaxy.derby.member.voucher.card.order.cancel`. */
export interface AlitripMerchantGalaxyDerbyMemberVoucherCardOrderCancelResponse2 {
  /** 1 */
  success?: boolean;
  /** 1 */
  error_code?: string;
  /** 1 */
  error_msg?: string;
  /** 订单取消成功 */
  content?: string;
}

const REQUEST_SCHEMA = {
  tenant_key: 'String',
  token: 'String',
  derby_voucher_card_cancel_d_t_o: {
    order_id: 'String',
    status: 'String',
    fk_token: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    error_code: 'String',
    error_msg: 'String',
    content: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alitrip.merchant.galaxy.derby.member.voucher.card.order.cancel`: method, response root, request and response schemas. */
export const alitripMerchantGalaxyDerbyMemberVoucherCardOrderCancelOperation = {
  method: 'alitrip.merchant.galaxy.derby.member.voucher.card.order.cancel',
  responseRoot: 'alitrip_merchant_galaxy_derby_member_voucher_card_order_cancel_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 取消订单 — calls TOP method `alitrip.merchant.galaxy.derby.member.voucher.card.order.cancel`.
 *
 * 德比付费会员卡订单取消
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripMerchantGalaxyDerbyMemberVoucherCardOrderCancel(
  client: TopClient,
  request: AlitripMerchantGalaxyDerbyMemberVoucherCardOrderCancelRequest = {},
  options?: CallOptions,
): Promise<AlitripMerchantGalaxyDerbyMemberVoucherCardOrderCancelResponse> {
  return client.call<AlitripMerchantGalaxyDerbyMemberVoucherCardOrderCancelResponse>(
    {
      method: 'alitrip.merchant.galaxy.derby.member.voucher.card.order.cancel',
      responseRoot: 'alitrip_merchant_galaxy_derby_member_voucher_card_order_cancel_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
