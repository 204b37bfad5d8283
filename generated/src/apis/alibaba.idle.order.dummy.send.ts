// Generated from specs/idle/alibaba.idle.order.dummy.send.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.idle.order.dummy.send` (闲鱼无需物流发货). */
export interface AlibabaIdleOrderDummySendRequest {
  /** 请求 */
  param_order_dummy_send_request?: AlibabaIdleOrderDummySendOrderDummySendRequestInput;
}

/** Response of `alibaba.idle.order.dummy.send`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaIdleOrderDummySendResponse {
  /** 返回包装类 */
  result?: AlibabaIdleOrderDummySendBaseResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `OrderDummySendRequest` of `alibaba.idle.order.dummy.send`. */
export interface AlibabaIdleOrderDummySendOrderDummySendRequestInput {
  /** 需要虚拟发货的订单号 */
  biz_order_id?: Int64Input;
}

/** `BaseResult` of `alibaba.idle.order.dummy.send`. */
export interface AlibabaIdleOrderDummySendBaseResult {
  /** 是否发货成功 */
  data?: boolean;
  /** 错误码 */
  err_code?: string;
  /** 错误描述 */
  err_msg?: string;
  /** 请求是否执行成功 */
  success?: boolean;
}

const REQUEST_SCHEMA = {
  param_order_dummy_send_request: {
    biz_order_id: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    data: 'Boolean',
    err_code: 'String',
    err_msg: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.idle.order.dummy.send`: method, response root, request and response schemas. */
export const alibabaIdleOrderDummySendOperation = {
  method: 'alibaba.idle.order.dummy.send',
  responseRoot: 'alibaba_idle_order_dummy_send_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 闲鱼无需物流发货 — calls TOP method `alibaba.idle.order.dummy.send`.
 *
 * 适用于电子卡券等虚拟商品不需要物流的商品发货。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaIdleOrderDummySend(
  client: TopClient,
  request: AlibabaIdleOrderDummySendRequest = {},
  options?: CallOptions,
): Promise<AlibabaIdleOrderDummySendResponse> {
  return client.call<AlibabaIdleOrderDummySendResponse>(
    {
      method: 'alibaba.idle.order.dummy.send',
      responseRoot: 'alibaba_idle_order_dummy_send_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
