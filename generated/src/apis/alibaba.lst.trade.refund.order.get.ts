// Generated from specs/lsttrade/alibaba.lst.trade.refund.order.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.lst.trade.refund.order.get` (零售通退款订单查询). */
export interface AlibabaLstTradeRefundOrderGetRequest {
  /** 退款单id */
  refund_id?: string;
  /** 主订单id */
  main_order_id?: Int64Input;
}

/** Response of `alibaba.lst.trade.refund.order.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaLstTradeRefundOrderGetResponse {
  /** 退款单id */
  refund_id?: string;
  /** 退款申请时间 */
  gmt_create?: string;
  /** 退款状态，取值如下：等待卖家同意(waitselleragree),待买家修改(waitbuyermodify),等待买家退货(waitbuyersend),等待卖家确认收货(waitsellerreceive),退款成功(refundsuccess), 退款关闭(refundclose) */
  refund_status?: string;
  /** 退款完成时间 */
  gmt_completed?: string;
  /** 子订单退款信息列表 */
  sub_orders?: AlibabaLstTradeRefundOrderGetRefundSubOrderInfo[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `RefundSubOrderInfo` of `alibaba.lst.trade.refund.order.get`. */
export interface AlibabaLstTradeRefundOrderGetRefundSubOrderInfo {
  /** 退款数量 */
  refund_count?: Int64;
  /** 退款金额，单位分 */
  refund_payment?: Int64;
  /** 子订单id */
  sub_order_id?: Int64;
}

const REQUEST_SCHEMA = {
  refund_id: 'String',
  main_order_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  refund_id: 'String',
  gmt_create: 'Date',
  refund_status: 'String',
  gmt_completed: 'Date',
  sub_orders: [
    {
      refund_count: 'Number',
      refund_payment: 'Number',
      sub_order_id: 'Number',
    },
  ],
} as const satisfies ObjectSchema;

/** Static description of `alibaba.lst.trade.refund.order.get`: method, response root, request and response schemas. */
export const alibabaLstTradeRefundOrderGetOperation = {
  method: 'alibaba.lst.trade.refund.order.get',
  responseRoot: 'alibaba_lst_trade_refund_order_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 零售通退款订单查询 — calls TOP method `alibaba.lst.trade.refund.order.get`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaLstTradeRefundOrderGet(
  client: TopClient,
  request: AlibabaLstTradeRefundOrderGetRequest = {},
  options?: CallOptions,
): Promise<AlibabaLstTradeRefundOrderGetResponse> {
  return client.call<AlibabaLstTradeRefundOrderGetResponse>(
    {
      method: 'alibaba.lst.trade.refund.order.get',
      responseRoot: 'alibaba_lst_trade_refund_order_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
