// Generated from specs/tbtrade/taobao.trade.receivetime.delay.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.trade.receivetime.delay` (延长交易收货时间). */
export interface TaobaoTradeReceivetimeDelayRequest {
  /** 主订单号 */
  tid: Int64Input;
  /** 延长收货的天数，可选值为：3, 5, 7, 10。 */
  days: Int64Input;
}

/** Response of `taobao.trade.receivetime.delay`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoTradeReceivetimeDelayResponse {
  /** 更新后的交易数据，只包括tid和modified两个字段。 */
  trade?: TaobaoTradeReceivetimeDelayTrade;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Trade` of `taobao.trade.receivetime.delay`. */
export interface TaobaoTradeReceivetimeDelayTrade {
  /** 交易编号 (父订单的交易编号) */
  tid?: Int64;
  /** 交易修改时间(用户对订单的任何修改都会更新此字段)。格式:yyyy-MM-dd HH:mm:ss */
  modified?: string;
}

const REQUEST_SCHEMA = {
  tid: 'Number',
  days: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  trade: {
    tid: 'Number',
    modified: 'Date',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.trade.receivetime.delay`: method, response root, request and response schemas. */
export const taobaoTradeReceivetimeDelayOperation = {
  method: 'taobao.trade.receivetime.delay',
  responseRoot: 'trade_receivetime_delay_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 延长交易收货时间 — calls TOP method `taobao.trade.receivetime.delay`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoTradeReceivetimeDelay(
  client: TopClient,
  request: TaobaoTradeReceivetimeDelayRequest,
  options?: CallOptions,
): Promise<TaobaoTradeReceivetimeDelayResponse> {
  return client.call<TaobaoTradeReceivetimeDelayResponse>(
    {
      method: 'taobao.trade.receivetime.delay',
      responseRoot: 'trade_receivetime_delay_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
