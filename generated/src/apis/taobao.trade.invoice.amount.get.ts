// Generated from specs/tbtrade/taobao.trade.invoice.amount.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.trade.invoice.amount.get` (获取订单应开票金额). */
export interface TaobaoTradeInvoiceAmountGetRequest {
  /** 业务订单ID */
  tid: Int64Input;
}

/** Response of `taobao.trade.invoice.amount.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoTradeInvoiceAmountGetResponse {
  /** 应开票给消费者的金额，单位分 */
  consumer_invoice_amount?: string;
  /** 应开票给平台的金额，单位分 */
  platform_invoice_amount?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  tid: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  consumer_invoice_amount: 'String',
  platform_invoice_amount: 'String',
} as const satisfies ObjectSchema;

/** Static description of `taobao.trade.invoice.amount.get`: method, response root, request and response schemas. */
export const taobaoTradeInvoiceAmountGetOperation = {
  method: 'taobao.trade.invoice.amount.get',
  responseRoot: 'trade_invoice_amount_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取订单应开票金额 — calls TOP method `taobao.trade.invoice.amount.get`.
 *
 * 订单应开票金额计算
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoTradeInvoiceAmountGet(
  client: TopClient,
  request: TaobaoTradeInvoiceAmountGetRequest,
  options?: CallOptions,
): Promise<TaobaoTradeInvoiceAmountGetResponse> {
  return client.call<TaobaoTradeInvoiceAmountGetResponse>(
    {
      method: 'taobao.trade.invoice.amount.get',
      responseRoot: 'trade_invoice_amount_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
