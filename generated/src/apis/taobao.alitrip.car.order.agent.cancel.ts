// Generated from specs/alitripcar/taobao.alitrip.car.order.agent.cancel.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.alitrip.car.order.agent.cancel` (司机或客服取消订单). */
export interface TaobaoAlitripCarOrderAgentCancelRequest {
  /** 取消对象 */
  param_order_cancel?: TaobaoAlitripCarOrderAgentCancelOrderCancelInput;
}

/** Response of `taobao.alitrip.car.order.agent.cancel`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoAlitripCarOrderAgentCancelResponse {
  /** 结果对象 */
  model?: boolean;
  /** 错误消息 */
  message?: string;
  /** 错误码 */
  message_code?: Int64;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `OrderCancel` of `taobao.alitrip.car.order.agent.cancel`. */
export interface TaobaoAlitripCarOrderAgentCancelOrderCancelInput {
  /** 飞猪订单id */
  order_id?: string;
  /** 服务商ID 平台分配 */
  provider_id?: string;
  /** 服务商订单id */
  third_order_id?: string;
  /** 取消原因 */
  cancel_reason?: string;
  /** 取消类别(14:司机取消订单 15:商家客服取消订单) */
  cancel_category?: Int64Input;
}

const REQUEST_SCHEMA = {
  param_order_cancel: {
    order_id: 'String',
    provider_id: 'String',
    third_order_id: 'String',
    cancel_reason: 'String',
    cancel_category: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  model: 'Boolean',
  message: 'String',
  message_code: 'Number',
} as const satisfies ObjectSchema;

/** Static description of `taobao.alitrip.car.order.agent.cancel`: method, response root, request and response schemas. */
export const taobaoAlitripCarOrderAgentCancelOperation = {
  method: 'taobao.alitrip.car.order.agent.cancel',
  responseRoot: 'alitrip_car_order_agent_cancel_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 司机或客服取消订单 — calls TOP method `taobao.alitrip.car.order.agent.cancel`.
 *
 * 司机或客服取消订单后通知飞猪订单取消
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoAlitripCarOrderAgentCancel(
  client: TopClient,
  request: TaobaoAlitripCarOrderAgentCancelRequest = {},
  options?: CallOptions,
): Promise<TaobaoAlitripCarOrderAgentCancelResponse> {
  return client.call<TaobaoAlitripCarOrderAgentCancelResponse>(
    {
      method: 'taobao.alitrip.car.order.agent.cancel',
      responseRoot: 'alitrip_car_order_agent_cancel_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
