// Generated from specs/tmallcar/tmall.aliauto.trade.car.eticket.available.check.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.aliauto.trade.car.eticket.available.check` (天猫汽车电子凭证核销前校验). */
export interface TmallAliautoTradeCarEticketAvailableCheckRequest {
  /** 入参 */
  command: TmallAliautoTradeCarEticketAvailableCheckCheckEticketAvailableCommandInput;
}

/** Response of `tmall.aliauto.trade.car.eticket.available.check`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallAliautoTradeCarEticketAvailableCheckResponse {
  /** 出参 */
  result?: TmallAliautoTradeCarEticketAvailableCheckAliAutoResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `CheckEticketAvailableCommand` of `tmall.aliauto.trade.car.eticket.available.check`. */
export interface TmallAliautoTradeCarEticketAvailableCheckCheckEticketAvailableCommandInput {
  /** 核销码 */
  eticket_code: string;
  /** 门店id */
  store_id: Int64Input;
}

/** `AliAutoResult` of `tmall.aliauto.trade.car.eticket.available.check`. */
export interface TmallAliautoTradeCarEticketAvailableCheckAliAutoResult {
  /** 结果 */
  data?: TmallAliautoTradeCarEticketAvailableCheckDaSouEticketVerifyResultDto;
  /** 核销码是否可用 */
  success?: boolean;
  /** 错误信息 */
  msg_info?: string;
  /** 错误code */
  msg_code?: string;
}

/** `DaSouEticketVerifyResultDto` of `tmall.aliauto.trade.car.eticket.available.check`. */
export interface TmallAliautoTradeCarEticketAvailableCheckDaSouEticketVerifyResultDto {
  /** 订单id */
  order_id?: Int64;
}

const REQUEST_SCHEMA = {
  command: {
    eticket_code: 'String',
    store_id: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    data: {
      order_id: 'Number',
    },
    success: 'Boolean',
    msg_info: 'String',
    msg_code: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `tmall.aliauto.trade.car.eticket.available.check`: method, response root, request and response schemas. */
export const tmallAliautoTradeCarEticketAvailableCheckOperation = {
  method: 'tmall.aliauto.trade.car.eticket.available.check',
  responseRoot: 'tmall_aliauto_trade_car_eticket_available_check_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 天猫汽车电子凭证核销前校验 — calls TOP method `tmall.aliauto.trade.car.eticket.available.check`.
 *
 * 天猫汽车核销码可用性校验
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallAliautoTradeCarEticketAvailableCheck(
  client: TopClient,
  request: TmallAliautoTradeCarEticketAvailableCheckRequest,
  options?: CallOptions,
): Promise<TmallAliautoTradeCarEticketAvailableCheckResponse> {
  return client.call<TmallAliautoTradeCarEticketAvailableCheckResponse>(
    {
      method: 'tmall.aliauto.trade.car.eticket.available.check',
      responseRoot: 'tmall_aliauto_trade_car_eticket_available_check_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
