// Generated from specs/traveltrade/alitrip.travel.trade.close.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.travel.trade.close` (飞猪度假-订单关闭接口（快速退款）). */
export interface AlitripTravelTradeCloseRequest {
  /** 交易关闭原因 */
  close_reason: string;
  /** 子订单编号 */
  sub_order_id: Int64Input;
  /** 订单关闭原因描述 */
  reason_desc?: string;
}

/** Response of `alitrip.travel.trade.close`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripTravelTradeCloseResponse {
  /** 交易关闭是否成功 */
  first_result?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  close_reason: 'String',
  sub_order_id: 'Number',
  reason_desc: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  first_result: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `alitrip.travel.trade.close`: method, response root, request and response schemas. */
export const alitripTravelTradeCloseOperation = {
  method: 'alitrip.travel.trade.close',
  responseRoot: 'alitrip_travel_trade_close_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 飞猪度假-订单关闭接口（快速退款） — calls TOP method `alitrip.travel.trade.close`.
 *
 * 卖家关单（快速退款接口），不支持二次预约商品的订单
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripTravelTradeClose(
  client: TopClient,
  request: AlitripTravelTradeCloseRequest,
  options?: CallOptions,
): Promise<AlitripTravelTradeCloseResponse> {
  return client.call<AlitripTravelTradeCloseResponse>(
    {
      method: 'alitrip.travel.trade.close',
      responseRoot: 'alitrip_travel_trade_close_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
