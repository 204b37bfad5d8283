// Generated from specs/nlife/alibaba.nlife.b2c.trade.cancel.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.nlife.b2c.trade.cancel` (零售+平台取消订单). */
export interface AlibabaNlifeB2cTradeCancelRequest {
  /**
   * 零售+平台订单号，和out_trade_no不能同时为空
   *
   * Max length: 64
   */
  trade_no?: string;
  /**
   * 外部订单号，和trade_no不能同时为空
   *
   * Max length: 64
   */
  out_trade_no?: string;
  /** 零售+门店号 */
  store_id?: string;
}

/** Response of `alibaba.nlife.b2c.trade.cancel`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaNlifeB2cTradeCancelResponse {
  /** 订单取消时间 */
  gmt_cancel?: string;
  /** 扩展参数JSON */
  extend_params?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  trade_no: 'String',
  out_trade_no: 'String',
  store_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  gmt_cancel: 'Date',
  extend_params: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.nlife.b2c.trade.cancel`: method, response root, request and response schemas. */
export const alibabaNlifeB2cTradeCancelOperation = {
  method: 'alibaba.nlife.b2c.trade.cancel',
  responseRoot: 'alibaba_nlife_b2c_trade_cancel_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 零售+平台取消订单 — calls TOP method `alibaba.nlife.b2c.trade.cancel`.
 *
 * 零售+平台取消订单接口
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaNlifeB2cTradeCancel(
  client: TopClient,
  request: AlibabaNlifeB2cTradeCancelRequest = {},
  options?: CallOptions,
): Promise<AlibabaNlifeB2cTradeCancelResponse> {
  return client.call<AlibabaNlifeB2cTradeCancelResponse>(
    {
      method: 'alibaba.nlife.b2c.trade.cancel',
      responseRoot: 'alibaba_nlife_b2c_trade_cancel_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
