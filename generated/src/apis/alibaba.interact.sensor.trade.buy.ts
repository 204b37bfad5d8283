// Generated from specs/mtopopen/alibaba.interact.sensor.trade.buy.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.interact.sensor.trade.buy` (手淘下单能力开放). */
export interface AlibabaInteractSensorTradeBuyRequest {
  /** 系统自动生成 */
  id?: string;
}

/** Response of `alibaba.interact.sensor.trade.buy`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaInteractSensorTradeBuyResponse {
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {} as const satisfies ObjectSchema;

/** Static description of `alibaba.interact.sensor.trade.buy`: method, response root, request and response schemas. */
export const alibabaInteractSensorTradeBuyOperation = {
  method: 'alibaba.interact.sensor.trade.buy',
  responseRoot: 'alibaba_interact_sensor_trade_buy_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 手淘下单能力开放 — calls TOP method `alibaba.interact.sensor.trade.buy`.
 *
 * 交易流程鉴权
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaInteractSensorTradeBuy(
  client: TopClient,
  request: AlibabaInteractSensorTradeBuyRequest = {},
  options?: CallOptions,
): Promise<AlibabaInteractSensorTradeBuyResponse> {
  return client.call<AlibabaInteractSensorTradeBuyResponse>(
    {
      method: 'alibaba.interact.sensor.trade.buy',
      responseRoot: 'alibaba_interact_sensor_trade_buy_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
