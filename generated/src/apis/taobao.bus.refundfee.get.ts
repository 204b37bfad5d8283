// Generated from specs/bus/taobao.bus.refundfee.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.bus.refundfee.get` (查询退票费用明细). */
export interface TaobaoBusRefundfeeGetRequest {
  /** 飞猪订单号 */
  ali_trip_order_id: string;
  /**
   * 飞猪子订单号
   *
   * Max list size: 20
   */
  sub_order_ids?: Int64Input[];
}

/** Response of `taobao.bus.refundfee.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoBusRefundfeeGetResponse {
  /** result */
  result?: TaobaoBusRefundfeeGetB2BQueryRefundFeeRp;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `B2BQueryRefundFeeRp` of `taobao.bus.refundfee.get`. */
export interface TaobaoBusRefundfeeGetB2BQueryRefundFeeRp {
  /** canReturnSingleTicket */
  can_return_single_ticket?: boolean;
  /** errorCode */
  error_code?: string;
  /** errorMsg */
  error_msg?: string;
  /** refundFees */
  refund_fees?: string[];
  /** success */
  success?: boolean;
}

const REQUEST_SCHEMA = {
  ali_trip_order_id: 'String',
  sub_order_ids: ['Number'],
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    can_return_single_ticket: 'Boolean',
    error_code: 'String',
    error_msg: 'String',
    refund_fees: ['String'],
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.bus.refundfee.get`: method, response root, request and response schemas. */
export const taobaoBusRefundfeeGetOperation = {
  method: 'taobao.bus.refundfee.get',
  responseRoot: 'bus_refundfee_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询退票费用明细 — calls TOP method `taobao.bus.refundfee.get`.
 *
 * 查询退票的费用信息
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoBusRefundfeeGet(
  client: TopClient,
  request: TaobaoBusRefundfeeGetRequest,
  options?: CallOptions,
): Promise<TaobaoBusRefundfeeGetResponse> {
  return client.call<TaobaoBusRefundfeeGetResponse>(
    {
      method: 'taobao.bus.refundfee.get',
      responseRoot: 'bus_refundfee_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
