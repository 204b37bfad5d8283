// Generated from specs/bus/taobao.bus.refund.set.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.bus.refund.set` (B2B退票申请接口). */
export interface TaobaoBusRefundSetRequest {
  /** 入参 */
  param0?: TaobaoBusRefundSetB2BRefundOrderRqInput;
}

/** Response of `taobao.bus.refund.set`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoBusRefundSetResponse {
  /** result */
  result?: TaobaoBusRefundSetB2BRefundOrderRp;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `B2BRefundOrderRq` of `taobao.bus.refund.set`. */
export interface TaobaoBusRefundSetB2BRefundOrderRqInput {
  /** 退票原因 */
  refund_reason?: string;
  /** 卖家淘宝ID */
  seller_agent_id?: Int64Input;
  /** 飞猪订单号 */
  ali_trip_order_id: string;
  /** 飞猪子订单号 */
  sub_order_ids?: Int64Input[];
}

/** `B2BRefundOrderRp` of `taobao.bus.refund.set`. */
export interface TaobaoBusRefundSetB2BRefundOrderRp {
  /** results */
  results?: (string | Record<string, unknown>)[];
  /** errorCode */
  error_code?: string;
  /** errorMsg */
  error_msg?: string;
  /** success */
  success?: boolean;
  /** success1 */
  success1?: boolean;
}

const REQUEST_SCHEMA = {
  param0: {
    refund_reason: 'String',
    seller_agent_id: 'Number',
    ali_trip_order_id: 'String',
    sub_order_ids: ['Number'],
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    results: ['Json'],
    error_code: 'String',
    error_msg: 'String',
    success: 'Boolean',
    success1: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.bus.refund.set`: method, response root, request and response schemas. */
export const taobaoBusRefundSetOperation = {
  method: 'taobao.bus.refund.set',
  responseRoot: 'bus_refund_set_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * B2B退票申请接口 — calls TOP method `taobao.bus.refund.set`.
 *
 * B2B业务支持退票
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoBusRefundSet(
  client: TopClient,
  request: TaobaoBusRefundSetRequest = {},
  options?: CallOptions,
): Promise<TaobaoBusRefundSetResponse> {
  return client.call<TaobaoBusRefundSetResponse>(
    {
      method: 'taobao.bus.refund.set',
      responseRoot: 'bus_refund_set_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
