// Generated from specs/idle/alibaba.idle.rent.order.receiveitem.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.idle.rent.order.receiveitem` (确认签收). */
export interface AlibabaIdleRentOrderReceiveitemRequest {
  /** 订单id */
  order_id: Int64Input;
}

/** Response of `alibaba.idle.rent.order.receiveitem`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaIdleRentOrderReceiveitemResponse {
  /** 系统自动生成 */
  result?: AlibabaIdleRentOrderReceiveitemTopResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TopResult` of `alibaba.idle.rent.order.receiveitem`. */
export interface AlibabaIdleRentOrderReceiveitemTopResult {
  /** data */
  data?: boolean;
  /** 是否成功 */
  success?: boolean;
  /** 错误码 */
  error_message?: string;
  /** 错误信息 */
  error_code?: string;
}

const REQUEST_SCHEMA = {
  order_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    data: 'Boolean',
    success: 'Boolean',
    error_message: 'String',
    error_code: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.idle.rent.order.receiveitem`: method, response root, request and response schemas. */
export const alibabaIdleRentOrderReceiveitemOperation = {
  method: 'alibaba.idle.rent.order.receiveitem',
  responseRoot: 'alibaba_idle_rent_order_receiveitem_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 确认签收 — calls TOP method `alibaba.idle.rent.order.receiveitem`.
 *
 * 确认揽收/签收
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaIdleRentOrderReceiveitem(
  client: TopClient,
  request: AlibabaIdleRentOrderReceiveitemRequest,
  options?: CallOptions,
): Promise<AlibabaIdleRentOrderReceiveitemResponse> {
  return client.call<AlibabaIdleRentOrderReceiveitemResponse>(
    {
      method: 'alibaba.idle.rent.order.receiveitem',
      responseRoot: 'alibaba_idle_rent_order_receiveitem_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
