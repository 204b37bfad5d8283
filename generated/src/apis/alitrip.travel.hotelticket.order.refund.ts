// Generated from specs/traveltrade/alitrip.travel.hotelticket.order.refund.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.travel.hotelticket.order.refund` (退款结结果通知). */
export interface AlitripTravelHotelticketOrderRefundRequest {
  /** 系统商订单号 */
  order_id?: string;
  /** 退款失败原因 */
  fail_msg?: string;
  /** 退款结果状态 1:退款成功 2:退款失败 */
  status: Int64Input;
  /** 飞猪订单号 */
  fliggy_order_id: string;
}

/** Response of `alitrip.travel.hotelticket.order.refund`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripTravelHotelticketOrderRefundResponse {
  /** 是否成功 */
  is_success?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  order_id: 'String',
  fail_msg: 'String',
  status: 'Number',
  fliggy_order_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  is_success: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `alitrip.travel.hotelticket.order.refund`: method, response root, request and response schemas. */
export const alitripTravelHotelticketOrderRefundOperation = {
  method: 'alitrip.travel.hotelticket.order.refund',
  responseRoot: 'alitrip_travel_hotelticket_order_refund_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 退款结结果通知 — calls TOP method `alitrip.travel.hotelticket.order.refund`.
 *
 * 退款结果通知
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripTravelHotelticketOrderRefund(
  client: TopClient,
  request: AlitripTravelHotelticketOrderRefundRequest,
  options?: CallOptions,
): Promise<AlitripTravelHotelticketOrderRefundResponse> {
  return client.call<AlitripTravelHotelticketOrderRefundResponse>(
    {
      method: 'alitrip.travel.hotelticket.order.refund',
      responseRoot: 'alitrip_travel_hotelticket_order_refund_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
