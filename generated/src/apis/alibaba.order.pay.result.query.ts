// Generated from specs/icbudropshipping/alibaba.order.pay.result.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.order.pay.result.query` (alibaba查询订单支付结果). */
export interface AlibabaOrderPayResultQueryRequest {
  /** order id */
  trade_id: Int64Input;
}

/** Response of `alibaba.order.pay.result.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaOrderPayResultQueryResponse {
  /** pay response */
  value?: AlibabaOrderPayResultQueryCashierPayResponse;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `CashierPayResponse` of `alibaba.order.pay.result.query`. */
export interface AlibabaOrderPayResultQueryCashierPayResponse {
  /** pay url */
  pay_url?: string;
  /** Payment failed reason code */
  reason_code?: string;
  /** Payment failed reason message */
  reason_message?: string;
  /**
   * UNPAY Unpaid order
   * PAYING The order is being paid and it needs to wait for about 1 minute,
   * PAY_SUCCESS Order payment is successful,
   * PAY_FAILED Order payment failed
   */
  status?: string;
  /** order id */
  trade_id?: Int64;
}

const REQUEST_SCHEMA = {
  trade_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  value: {
    pay_url: 'String',
    reason_code: 'String',
    reason_message: 'String',
    status: 'String',
    trade_id: 'Number',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.order.pay.result.query`: method, response root, request and response schemas. */
export const alibabaOrderPayResultQueryOperation = {
  method: 'alibaba.order.pay.result.query',
  responseRoot: 'alibaba_order_pay_result_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * alibaba查询订单支付结果 — calls TOP method `alibaba.order.pay.result.query`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaOrderPayResultQuery(
  client: TopClient,
  request: AlibabaOrderPayResultQueryRequest,
  options?: CallOptions,
): Promise<AlibabaOrderPayResultQueryResponse> {
  return client.call<AlibabaOrderPayResultQueryResponse>(
    {
      method: 'alibaba.order.pay.result.query',
      responseRoot: 'alibaba_order_pay_result_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
