// Generated from specs/tmallcar/tmall.aliauto.trade.car.eticket.consume.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.aliauto.trade.car.eticket.consume` (天猫汽车电子凭证核销). */
export interface TmallAliautoTradeCarEticketConsumeRequest {
  /** 入参 */
  command: TmallAliautoTradeCarEticketConsumeConsumeEticketCommandInput;
}

/** Response of `tmall.aliauto.trade.car.eticket.consume`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallAliautoTradeCarEticketConsumeResponse {
  /** 出参 */
  result?: TmallAliautoTradeCarEticketConsumeAliAutoResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ConsumeEticketCommand` of `tmall.aliauto.trade.car.eticket.consume`. */
export interface TmallAliautoTradeCarEticketConsumeConsumeEticketCommandInput {
  /** 核销码 */
  eticket_code: string;
  /** 订单id */
  order_id: Int64Input;
  /** 门店id */
  store_id?: Int64Input;
}

/** `AliAutoResult` of `tmall.aliauto.trade.car.eticket.consume`. */
export interface TmallAliautoTradeCarEticketConsumeAliAutoResult {
  /** 核销成功 */
  success?: boolean;
  /** 错诶信息 */
  msg_info?: string;
  /** 错误码 */
  msg_code?: string;
}

const REQUEST_SCHEMA = {
  command: {
    eticket_code: 'String',
    order_id: 'Number',
    store_id: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    msg_info: 'String',
    msg_code: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `tmall.aliauto.trade.car.eticket.consume`: method, response root, request and response schemas. */
export const tmallAliautoTradeCarEticketConsumeOperation = {
  method: 'tmall.aliauto.trade.car.eticket.consume',
  responseRoot: 'tmall_aliauto_trade_car_eticket_consume_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 天猫汽车电子凭证核销 — calls TOP method `tmall.aliauto.trade.car.eticket.consume`.
 *
 * 为商家提供电子凭证核销接口，支持分账
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallAliautoTradeCarEticketConsume(
  client: TopClient,
  request: TmallAliautoTradeCarEticketConsumeRequest,
  options?: CallOptions,
): Promise<TmallAliautoTradeCarEticketConsumeResponse> {
  return client.call<TmallAliautoTradeCarEticketConsumeResponse>(
    {
      method: 'tmall.aliauto.trade.car.eticket.consume',
      responseRoot: 'tmall_aliauto_trade_car_eticket_consume_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
