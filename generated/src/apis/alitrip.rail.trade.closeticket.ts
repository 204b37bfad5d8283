// Generated from specs/rail/alitrip.rail.trade.closeticket.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.rail.trade.closeticket` (出票失败关单接口). */
export interface AlitripRailTradeCloseticketRequest {
  /** 平台订单号 */
  tp_order_id: Int64Input;
  /** 代理商订单号 */
  agent_id: Int64Input;
  /** 出票失败原因 */
  error_msg: string;
  /** 出票失败码 */
  error_code: string;
}

/** Response of `alitrip.rail.trade.closeticket`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripRailTradeCloseticketResponse {
  /** 查询结果集 */
  result?: AlitripRailTradeCloseticketResultSet;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ResultSet` of `alitrip.rail.trade.closeticket`. */
export interface AlitripRailTradeCloseticketResultSet {
  /** 成功失败 */
  module?: boolean;
  /** errorMsg */
  error_msg?: string;
  /** errorCode */
  error_code?: string;
}

const REQUEST_SCHEMA = {
  tp_order_id: 'Number',
  agent_id: 'Number',
  error_msg: 'String',
  error_code: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    module: 'Boolean',
    error_msg: 'String',
    error_code: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alitrip.rail.trade.closeticket`: method, response root, request and response schemas. */
export const alitripRailTradeCloseticketOperation = {
  method: 'alitrip.rail.trade.closeticket',
  responseRoot: 'alitrip_rail_trade_closeticket_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 出票失败关单接口 — calls TOP method `alitrip.rail.trade.closeticket`.
 *
 * 出票成功回调接口
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripRailTradeCloseticket(
  client: TopClient,
  request: AlitripRailTradeCloseticketRequest,
  options?: CallOptions,
): Promise<AlitripRailTradeCloseticketResponse> {
  return client.call<AlitripRailTradeCloseticketResponse>(
    {
      method: 'alitrip.rail.trade.closeticket',
      responseRoot: 'alitrip_rail_trade_closeticket_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
