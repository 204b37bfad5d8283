// Generated from specs/trade/alitrip.rail.trade.refund.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.rail.trade.refund` (退票接口). */
export interface AlitripRailTradeRefundRequest {
  /** 入参 */
  refund_param: AlitripRailTradeRefundRefundReqInput;
}

/** Response of `alitrip.rail.trade.refund`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripRailTradeRefundResponse {
  /** 接口返回对象 */
  result?: AlitripRailTradeRefundResultSet;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `RefundReq` of `alitrip.rail.trade.refund`. */
export interface AlitripRailTradeRefundRefundReqInput {
  /** 代理商id */
  agent_id: Int64Input;
  /** 代理商订单号 */
  agent_order_id: string;
  /** 退票申请单号 */
  apply_id: Int64Input;
  /** 手续费(单位分) */
  charge_fee?: Int64Input;
  /** 退票失败码 */
  fail_code?: string;
  /** 退票失败原因 */
  fail_reason?: string;
  /** 应退额(单位分) */
  refund_fee?: Int64Input;
  /** 退票成功标志 */
  status: boolean;
  /** 平台订单号 */
  tp_order_id: Int64Input;
}

/** `ResultSet` of `alitrip.rail.trade.refund`. */
export interface AlitripRailTradeRefundResultSet {
  /** errorCode */
  error_code?: string;
  /** errorMsg */
  error_msg?: string;
  /** 接口成功/失败 */
  module?: boolean;
}

const REQUEST_SCHEMA = {
  refund_param: {
    agent_id: 'Number',
    agent_order_id: 'String',
    apply_id: 'Number',
    charge_fee: 'Number',
    fail_code: 'String',
    fail_reason: 'String',
    refund_fee: 'Number',
    status: 'Boolean',
    tp_order_id: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    error_code: 'String',
    error_msg: 'String',
    module: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alitrip.rail.trade.refund`: method, response root, request and response schemas. */
export const alitripRailTradeRefundOperation = {
  method: 'alitrip.rail.trade.refund',
  responseRoot: 'alitrip_rail_trade_refund_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 退票接口 — calls TOP method `alitrip.rail.trade.refund`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripRailTradeRefund(
  client: TopClient,
  request: AlitripRailTradeRefundRequest,
  options?: CallOptions,
): Promise<AlitripRailTradeRefundResponse> {
  return client.call<AlitripRailTradeRefundResponse>(
    {
      method: 'alitrip.rail.trade.refund',
      responseRoot: 'alitrip_rail_trade_refund_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
