// Generated from specs/exchange/tmall.exchange.confirm.consign.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.exchange.confirm.consign` (换货商家确认收货并发货). */
export interface TmallExchangeConfirmConsignRequest {
  /** 换货单号ID */
  dispute_id: Int64Input;
  /** 卖家发货的物流单号 */
  logistics_no: string;
  /** 卖家发货的物流类型，100表示平邮，200表示快递 */
  logistics_type: Int64Input;
  /** 卖家发货的快递公司 */
  logistics_company_name: string;
  /**
   * 返回字段
   *
   * Max list size: 100
   */
  fields: string[];
}

/** Response of `tmall.exchange.confirm.consign`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallExchangeConfirmConsignResponse {
  /** result */
  result?: TmallExchangeConfirmConsignRefundBaseResponse;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `RefundBaseResponse` of `tmall.exchange.confirm.consign`. */
export interface TmallExchangeConfirmConsignRefundBaseResponse {
  /** message */
  message?: string;
  /** msgCode */
  msg_code?: string;
  /** success */
  success?: boolean;
  /** exchange */
  exchange?: TmallExchangeConfirmConsignExchange;
}

/** `Exchange` of `tmall.exchange.confirm.consign`. */
export interface TmallExchangeConfirmConsignExchange {
  /** modified */
  modified?: string;
  /** status */
  status?: string;
  /** bizOrderId */
  biz_order_id?: string;
  /** disputeId */
  dispute_id?: string;
}

const REQUEST_SCHEMA = {
  dispute_id: 'Number',
  logistics_no: 'String',
  logistics_type: 'Number',
  logistics_company_name: 'String',
  fields: ['String'],
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    message: 'String',
    msg_code: 'String',
    success: 'Boolean',
    exchange: {
      modified: 'Date',
      status: 'String',
      biz_order_id: 'String',
      dispute_id: 'String',
    },
  },
} as const satisfies ObjectSchema;

/** Static description of `tmall.exchange.confirm.consign`: method, response root, request and response schemas. */
export const tmallExchangeConfirmConsignOperation = {
  method: 'tmall.exchange.confirm.consign',
  responseRoot: 'tmall_exchange_confirm_consign_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 换货商家确认收货并发货 — calls TOP method `tmall.exchange.confirm.consign`.
 *
 * 卖家确认收货并发货
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallExchangeConfirmConsign(
  client: TopClient,
  request: TmallExchangeConfirmConsignRequest,
  options?: CallOptions,
): Promise<TmallExchangeConfirmConsignResponse> {
  return client.call<TmallExchangeConfirmConsignResponse>(
    {
      method: 'tmall.exchange.confirm.consign',
      responseRoot: 'tmall_exchange_confirm_consign_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
