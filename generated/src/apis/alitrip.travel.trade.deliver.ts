// Generated from specs/traveltrade/alitrip.travel.trade.deliver.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.travel.trade.deliver` (飞猪度假-订单发货接口). */
export interface AlitripTravelTradeDeliverRequest {
  /** 子订单id */
  sub_order_id: Int64Input;
}

/** Response of `alitrip.travel.trade.deliver`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripTravelTradeDeliverResponse {
  /** 发货是否成功 */
  first_result?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  sub_order_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  first_result: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `alitrip.travel.trade.deliver`: method, response root, request and response schemas. */
export const alitripTravelTradeDeliverOperation = {
  method: 'alitrip.travel.trade.deliver',
  responseRoot: 'alitrip_travel_trade_deliver_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 飞猪度假-订单发货接口 — calls TOP method `alitrip.travel.trade.deliver`.
 *
 * 航旅度假无需物流普通商品发货接口（不支持二次预约商品），只支持子订单级别发货
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripTravelTradeDeliver(
  client: TopClient,
  request: AlitripTravelTradeDeliverRequest,
  options?: CallOptions,
): Promise<AlitripTravelTradeDeliverResponse> {
  return client.call<AlitripTravelTradeDeliverResponse>(
    {
      method: 'alitrip.travel.trade.deliver',
      responseRoot: 'alitrip_travel_trade_deliver_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
