// Generated from specs/traveltrade/taobao.travel.ticket.order.refund.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.travel.ticket.order.refund` (飞猪门票退票结果通知). */
export interface TaobaoTravelTicketOrderRefundRequest {
  /** 退票数量 */
  refund_num?: Int64Input;
  /** 下单时订单ID */
  order_id: Int64Input;
  /** 退票结果；1: 退票成功；2: 退票失败 */
  refund_status: Int64Input;
  /** 退票失败理由 */
  refund_failure_reason?: string;
  /** 退票的批次号 */
  refund_batch_no?: string;
}

/** Response of `taobao.travel.ticket.order.refund`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoTravelTicketOrderRefundResponse {
  /** 系统自动生成 */
  is_success?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  refund_num: 'Number',
  order_id: 'Number',
  refund_status: 'Number',
  refund_failure_reason: 'String',
  refund_batch_no: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  is_success: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `taobao.travel.ticket.order.refund`: method, response root, request and response schemas. */
export const taobaoTravelTicketOrderRefundOperation = {
  method: 'taobao.travel.ticket.order.refund',
  responseRoot: 'travel_ticket_order_refund_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 飞猪门票退票结果通知 — calls TOP method `taobao.travel.ticket.order.refund`.
 *
 * 门票系统商通过TOP接口通知飞猪门票是否退票成功，以及退票数量。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoTravelTicketOrderRefund(
  client: TopClient,
  request: TaobaoTravelTicketOrderRefundRequest,
  options?: CallOptions,
): Promise<TaobaoTravelTicketOrderRefundResponse> {
  return client.call<TaobaoTravelTicketOrderRefundResponse>(
    {
      method: 'taobao.travel.ticket.order.refund',
      responseRoot: 'travel_ticket_order_refund_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
