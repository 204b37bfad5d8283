// Generated from specs/tbtrade/taobao.trade.confirmfee.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.trade.confirmfee.get` (获取交易确认收货费用). */
export interface TaobaoTradeConfirmfeeGetRequest {
  /** 交易主订单或子订单ID */
  tid: Int64Input;
}

/** Response of `taobao.trade.confirmfee.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoTradeConfirmfeeGetResponse {
  /** 获取到的交易确认收货费用 */
  trade_confirm_fee?: TaobaoTradeConfirmfeeGetTradeConfirmFee;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TradeConfirmFee` of `taobao.trade.confirmfee.get`. */
export interface TaobaoTradeConfirmfeeGetTradeConfirmFee {
  /** 确认收货的金额(不包含邮费)。精确到2位小数;单位:元。如:200.07，表示:200元7分 */
  confirm_fee?: string;
  /** 需确认收货的邮费，当不是最后一笔收货或者没有邮费时是0.00。精确到2位小数;单位:元。如:200.07，表示:200元7分 */
  confirm_post_fee?: string;
  /** 是否是最后一笔订单（只对子订单有效，当其他子订单都是交易完成时，返回true，否则false） */
  is_last_order?: boolean;
}

const REQUEST_SCHEMA = {
  tid: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  trade_confirm_fee: {
    confirm_fee: 'String',
    confirm_post_fee: 'String',
    is_last_order: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.trade.confirmfee.get`: method, response root, request and response schemas. */
export const taobaoTradeConfirmfeeGetOperation = {
  method: 'taobao.trade.confirmfee.get',
  responseRoot: 'trade_confirmfee_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取交易确认收货费用 — calls TOP method `taobao.trade.confirmfee.get`.
 *
 * 获取交易确认收货费用，可以获取主订单或子订单的确认收货费用
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoTradeConfirmfeeGet(
  client: TopClient,
  request: TaobaoTradeConfirmfeeGetRequest,
  options?: CallOptions,
): Promise<TaobaoTradeConfirmfeeGetResponse> {
  return client.call<TaobaoTradeConfirmfeeGetResponse>(
    {
      method: 'taobao.trade.confirmfee.get',
      responseRoot: 'trade_confirmfee_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
