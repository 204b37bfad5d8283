// Generated from specs/trade/alibaba.wdk.pos.trade.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.wdk.pos.trade.query` (轻pos品牌营销查询接口). */
export interface AlibabaWdkPosTradeQueryRequest {
  /** 查询请求 */
  query_request?: AlibabaWdkPosTradeQueryFastBuyPosQueryRequestInput;
}

/** Response of `alibaba.wdk.pos.trade.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaWdkPosTradeQueryResponse {
  /** 查询返回结果 */
  result?: AlibabaWdkPosTradeQueryFastBuyPosQueryResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `FastBuyPosQueryRequest` of `alibaba.wdk.pos.trade.query`. */
export interface AlibabaWdkPosTradeQueryFastBuyPosQueryRequestInput {
  /** pos机id */
  machine_id?: string;
  /** 外部订单id */
  out_order_id: string;
  /** 经营店id */
  store_id?: string;
  /** 外部门店编码 */
  out_shop_code?: string;
}

/** `FastBuyPosQueryResult` of `alibaba.wdk.pos.trade.query`. */
export interface AlibabaWdkPosTradeQueryFastBuyPosQueryResult {
  /** 五道口订单id */
  biz_order_id?: string;
  /** 优惠券优惠金额 */
  coupon_fee?: Int64;
  /** 订单状态：1为已下单，未支付；2为交易完成；3为已退款；4为已关单 */
  order_status?: Int64;
  /** 优惠活动优惠金额 */
  promotion_fee?: Int64;
  /** 返回的错误码 */
  return_code?: string;
  /** 错误信息 */
  return_msg?: string;
  /** 是否调用成功 */
  success?: boolean;
  /** 商品分摊优惠 */
  item_promotions?: string;
}

const REQUEST_SCHEMA = {
  query_request: {
    machine_id: 'String',
    out_order_id: 'String',
    store_id: 'String',
    out_shop_code: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    biz_order_id: 'String',
    coupon_fee: 'Number',
    order_status: 'Number',
    promotion_fee: 'Number',
    return_code: 'String',
    return_msg: 'String',
    success: 'Boolean',
    item_promotions: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.wdk.pos.trade.query`: method, response root, request and response schemas. */
export const alibabaWdkPosTradeQueryOperation = {
  method: 'alibaba.wdk.pos.trade.query',
  responseRoot: 'alibaba_wdk_pos_trade_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 轻pos品牌营销查询接口 — calls TOP method `alibaba.wdk.pos.trade.query`.
 *
 * 轻pos品牌营销场景，外部商家查询营销信息
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaWdkPosTradeQuery(
  client: TopClient,
  request: AlibabaWdkPosTradeQueryRequest = {},
  options?: CallOptions,
): Promise<AlibabaWdkPosTradeQueryResponse> {
  return client.call<AlibabaWdkPosTradeQueryResponse>(
    {
      method: 'alibaba.wdk.pos.trade.query',
      responseRoot: 'alibaba_wdk_pos_trade_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
