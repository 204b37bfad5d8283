// Generated from specs/alitripmerchant/alitrip.merchant.galaxy.derby.member.voucher.card.order.details.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.merchant.galaxy.derby.member.voucher.card.order.details.query` (订单详情查询接口). */
export interface AlitripMerchantGalaxyDerbyMemberVoucherCardOrderDetailsQueryRequest {
  /** tenant_key */
  tenant_key: string;
  /** token */
  token: string;
  /** 订单号 */
  order_id: string;
}

/** Response of `alitrip.merchant.galaxy.derby.member.voucher.card.order.details.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripMerchantGalaxyDerbyMemberVoucherCardOrderDetailsQueryResponse {
  /** 结果 */
  result?: AlitripMerchantGalaxyDerbyMemberVoucherCardOrderDetailsQueryResponse2;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Response` of `alitrip.merchant.galaxy.derby.member.voucher.card.order.details.query`. */
export interface AlitripMerchantGalaxyDerbyMemberVoucherCardOrderDetailsQueryResponse2 {
  /** 是否成功 */
  success?: boolean;
  /** 错误码 */
  error_code?: string;
  /** 内容 */
  content?: AlitripMerchantGalaxyDerbyMemberVoucherCardOrderDetailsQueryDerbyVoucherCardOrderDetailsVO;
  /** 错误信息 */
  error_msg?: string;
}

/** `DerbyVoucherCardOrderDetailsVO` of `alitrip.merchant.galaxy.derby.member.voucher.card.order.details.query`. */
export interface AlitripMerchantGalaxyDerbyMemberVoucherCardOrderDetailsQueryDerbyVoucherCardOrderDetailsVO {
  /** 状态 */
  status?: string;
  /** 商品价格 */
  product_price?: string;
  /** 商品数量 */
  product_count?: string;
  /** 实付金额 */
  product_paid_in?: string;
  /** 下单时间 */
  order_time?: string;
  /** 订单号 */
  order_id?: string;
  /** 商品类型 */
  product_min_type?: string;
  /** 弹屏 */
  pop_screen?: boolean;
  /** 会员卡号 */
  card_number?: string;
  /** 权益卡号 */
  member_voucher_card_i_d?: string;
  /** 卡状态 */
  card_status?: string;
  /** 商品图片 */
  product_pic?: string;
}

const REQUEST_SCHEMA = {
  tenant_key: 'String',
  token: 'String',
  order_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    error_code: 'String',
    content: {
      status: 'String',
      product_price: 'String',
      product_count: 'String',
      product_paid_in: 'String',
      order_time: 'String',
      order_id: 'String',
      product_min_type: 'String',
      pop_screen: 'Boolean',
      card_number: 'String',
      member_voucher_card_i_d: 'String',
      card_status: 'String',
      product_pic: 'String',
    },
    error_msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alitrip.merchant.galaxy.derby.member.voucher.card.order.details.query`: method, response root, request and response schemas. */
export const alitripMerchantGalaxyDerbyMemberVoucherCardOrderDetailsQueryOperation = {
  method: 'alitrip.merchant.galaxy.derby.member.voucher.card.order.details.query',
  responseRoot: 'alitrip_merchant_galaxy_derby_member_voucher_card_order_details_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 订单详情查询接口 — calls TOP method `alitrip.merchant.galaxy.derby.member.voucher.card.order.details.query`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripMerchantGalaxyDerbyMemberVoucherCardOrderDetailsQuery(
  client: TopClient,
  request: AlitripMerchantGalaxyDerbyMemberVoucherCardOrderDetailsQueryRequest,
  options?: CallOptions,
): Promise<AlitripMerchantGalaxyDerbyMemberVoucherCardOrderDetailsQueryResponse> {
  return client.call<AlitripMerchantGalaxyDerbyMemberVoucherCardOrderDetailsQueryResponse>(
    {
      method: 'alitrip.merchant.galaxy.derby.member.voucher.card.order.details.query',
      responseRoot: 'alitrip_merchant_galaxy_derby_member_voucher_card_order_details_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
