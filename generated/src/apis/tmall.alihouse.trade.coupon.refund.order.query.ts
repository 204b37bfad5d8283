// Generated from specs/alihouse/tmall.alihouse.trade.coupon.refund.order.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.alihouse.trade.coupon.refund.order.query` (查询电商券履约退款单). */
export interface TmallAlihouseTradeCouponRefundOrderQueryRequest {
  /** 查询参数 */
  query: TmallAlihouseTradeCouponRefundOrderQueryCouponOrderQueryInput;
}

/** Response of `tmall.alihouse.trade.coupon.refund.order.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallAlihouseTradeCouponRefundOrderQueryResponse {
  /** 接口返回model */
  result?: TmallAlihouseTradeCouponRefundOrderQueryResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `CouponOrderQuery` of `tmall.alihouse.trade.coupon.refund.order.query`. */
export interface TmallAlihouseTradeCouponRefundOrderQueryCouponOrderQueryInput {
  /** 履约单id */
  trade_order_id: Int64Input;
}

/** `Result` of `tmall.alihouse.trade.coupon.refund.order.query`. */
export interface TmallAlihouseTradeCouponRefundOrderQueryResult {
  /** code */
  code?: string;
  /** 返回素材id */
  data?: TmallAlihouseTradeCouponRefundOrderQueryCouponRefundOrderStatusDto;
  /** 结果说明 */
  msg?: string;
}

/** `CouponRefundOrderStatusDto` of `tmall.alihouse.trade.coupon.refund.order.query`. */
export interface TmallAlihouseTradeCouponRefundOrderQueryCouponRefundOrderStatusDto {
  /** 截止时间 */
  cancel_deadline_time?: string;
  /** 开始时间 */
  start_time?: string;
  /** 状态描述 */
  status_desc?: string;
  /** 取消原因 */
  cancel_remark?: string;
  /** 节点 */
  cancel_node?: Int64;
  /** 取消完成时间 */
  cancel_finished_time?: string;
  /** 角色 */
  operator_type?: Int64;
  /** 状态 */
  status?: Int64;
  /** 淘宝退款单id */
  tb_refund_order_id?: Int64;
  /** 退款单id */
  id?: Int64;
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
      cancel_deadline_time: 'String',
      start_time: 'String',
      status_desc: 'String',
      cancel_remark: 'String',
      cancel_node: 'Number',
      cancel_finished_time: 'String',
      operator_type: 'Number',
      status: 'Number',
      tb_refund_order_id: 'Number',
      id: 'Number',
    },
    msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `tmall.alihouse.trade.coupon.refund.order.query`: method, response root, request and response schemas. */
export const tmallAlihouseTradeCouponRefundOrderQueryOperation = {
  method: 'tmall.alihouse.trade.coupon.refund.order.query',
  responseRoot: 'tmall_alihouse_trade_coupon_refund_order_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询电商券履约退款单 — calls TOP method `tmall.alihouse.trade.coupon.refund.order.query`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallAlihouseTradeCouponRefundOrderQuery(
  client: TopClient,
  request: TmallAlihouseTradeCouponRefundOrderQueryRequest,
  options?: CallOptions,
): Promise<TmallAlihouseTradeCouponRefundOrderQueryResponse> {
  return client.call<TmallAlihouseTradeCouponRefundOrderQueryResponse>(
    {
      method: 'tmall.alihouse.trade.coupon.refund.order.query',
      responseRoot: 'tmall_alihouse_trade_coupon_refund_order_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
