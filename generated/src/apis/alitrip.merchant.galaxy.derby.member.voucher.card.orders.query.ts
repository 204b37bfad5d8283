// Generated from specs/alitripmerchant/alitrip.merchant.galaxy.derby.member.voucher.card.orders.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.merchant.galaxy.derby.member.voucher.card.orders.query` (查询权益卡订单列表). */
export interface AlitripMerchantGalaxyDerbyMemberVoucherCardOrdersQueryRequest {
  /** tenant_key */
  tenant_key: string;
  /** token */
  token: string;
  /** 状态 */
  status: string;
}

/** Response of `alitrip.merchant.galaxy.derby.member.voucher.card.orders.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripMerchantGalaxyDerbyMemberVoucherCardOrdersQueryResponse {
  /** 结果 */
  result?: AlitripMerchantGalaxyDerbyMemberVoucherCardOrdersQueryResponse2;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Response` of `alitrip.merchant.galaxy.derby.member.voucher.card.orders.query`. */
export interface AlitripMerchantGalaxyDerbyMemberVoucherCardOrdersQueryResponse2 {
  /** 是否成功 */
  success?: boolean;
  /** 错误码 */
  error_code?: string;
  /** 内容 */
  content?: AlitripMerchantGalaxyDerbyMemberVoucherCardOrdersQueryDerbyVoucherCardOrdersVO[];
  /** 错误信息 */
  error_msg?: string;
}

/** `DerbyVoucherCardOrdersVO` of `alitrip.merchant.galaxy.derby.member.voucher.card.orders.query`. */
export interface AlitripMerchantGalaxyDerbyMemberVoucherCardOrdersQueryDerbyVoucherCardOrdersVO {
  /** 商品数量 */
  product_count?: string;
  /** 实付金额 */
  product_paid_in?: string;
  /** 下单时间 */
  order_time?: string;
  /** 商品类型 */
  product_min_type?: string;
  /** 订单状态 */
  order_status?: string;
  /** 权益卡状态 */
  card_status?: string;
  /** 订单号 */
  order_id?: string;
  /** 商品图片 */
  product_pic?: string;
}

const REQUEST_SCHEMA = {
  tenant_key: 'String',
  token: 'String',
  status: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    error_code: 'String',
    content: [
      {
        product_count: 'String',
        product_paid_in: 'String',
        order_time: 'String',
        product_min_type: 'String',
        order_status: 'String',
        card_status: 'String',
        order_id: 'String',
        product_pic: 'String',
      },
    ],
    error_msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alitrip.merchant.galaxy.derby.member.voucher.card.orders.query`: method, response root, request and response schemas. */
export const alitripMerchantGalaxyDerbyMemberVoucherCardOrdersQueryOperation = {
  method: 'alitrip.merchant.galaxy.derby.member.voucher.card.orders.query',
  responseRoot: 'alitrip_merchant_galaxy_derby_member_voucher_card_orders_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询权益卡订单列表 — calls TOP method `alitrip.merchant.galaxy.derby.member.voucher.card.orders.query`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripMerchantGalaxyDerbyMemberVoucherCardOrdersQuery(
  client: TopClient,
  request: AlitripMerchantGalaxyDerbyMemberVoucherCardOrdersQueryRequest,
  options?: CallOptions,
): Promise<AlitripMerchantGalaxyDerbyMemberVoucherCardOrdersQueryResponse> {
  return client.call<AlitripMerchantGalaxyDerbyMemberVoucherCardOrdersQueryResponse>(
    {
      method: 'alitrip.merchant.galaxy.derby.member.voucher.card.orders.query',
      responseRoot: 'alitrip_merchant_galaxy_derby_member_voucher_card_orders_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
