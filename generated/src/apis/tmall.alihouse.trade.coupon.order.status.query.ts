// Generated from specs/alihouse/tmall.alihouse.trade.coupon.order.status.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.alihouse.trade.coupon.order.status.query` (查询电商券履约单状态). */
export interface TmallAlihouseTradeCouponOrderStatusQueryRequest {
  /** 系统自动生成 */
  query?: TmallAlihouseTradeCouponOrderStatusQueryCouponOrderQueryInput;
}

/** Response of `tmall.alihouse.trade.coupon.order.status.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallAlihouseTradeCouponOrderStatusQueryResponse {
  /** 接口返回model */
  result?: TmallAlihouseTradeCouponOrderStatusQueryResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `CouponOrderQuery` of `tmall.alihouse.trade.coupon.order.status.query`. */
export interface TmallAlihouseTradeCouponOrderStatusQueryCouponOrderQueryInput {
  /** 履约单id */
  trade_order_id?: Int64Input;
}

/** `Result` of `tmall.alihouse.trade.coupon.order.status.query`. */
export interface TmallAlihouseTradeCouponOrderStatusQueryResult {
  /** code */
  code?: string;
  /** 返回素材id */
  data?: TmallAlihouseTradeCouponOrderStatusQueryCouponOrderStatusDto;
  /** 结果说明 */
  msg?: string;
}

/** `CouponOrderStatusDto` of `tmall.alihouse.trade.coupon.order.status.query`. */
export interface TmallAlihouseTradeCouponOrderStatusQueryCouponOrderStatusDto {
  /** 淘宝订单id */
  tb_order_id?: string;
  /** 完结时间 */
  finish_time?: string;
  /** code码 */
  code?: string;
  /** 状态描述 */
  status_desc?: string;
  /** 商品id */
  item_id?: Int64;
  /** 合同单id */
  contract_order_id?: Int64;
  /** 电商履约单id */
  id?: Int64;
  /** 电商履约单状态 */
  status?: Int64;
  /** 取消状态 */
  cancel_status?: Int64;
  /** 履约单订单号 */
  order_no?: string;
}

const REQUEST_SCHEMA = {
  query: {
    trade_order_id: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    code: 'String',
    data: {
      tb_order_id: 'String',
      finish_time: 'String',
      code: 'String',
      status_desc: 'String',
      item_id: 'Number',
      contract_order_id: 'Number',
      id: 'Number',
      status: 'Number',
      cancel_status: 'Number',
      order_no: 'String',
    },
    msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `tmall.alihouse.trade.coupon.order.status.query`: method, response root, request and response schemas. */
export const tmallAlihouseTradeCouponOrderStatusQueryOperation = {
  method: 'tmall.alihouse.trade.coupon.order.status.query',
  responseRoot: 'tmall_alihouse_trade_coupon_order_status_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询电商券履约单状态 — calls TOP method `tmall.alihouse.trade.coupon.order.status.query`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallAlihouseTradeCouponOrderStatusQuery(
  client: TopClient,
  request: TmallAlihouseTradeCouponOrderStatusQueryRequest = {},
  options?: CallOptions,
): Promise<TmallAlihouseTradeCouponOrderStatusQueryResponse> {
  return client.call<TmallAlihouseTradeCouponOrderStatusQueryResponse>(
    {
      method: 'tmall.alihouse.trade.coupon.order.status.query',
      responseRoot: 'tmall_alihouse_trade_coupon_order_status_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
