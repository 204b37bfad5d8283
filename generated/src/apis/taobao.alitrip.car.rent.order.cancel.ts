// Generated from specs/car/taobao.alitrip.car.rent.order.cancel.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.alitrip.car.rent.order.cancel` (租车-取消订单). */
export interface TaobaoAlitripCarRentOrderCancelRequest {
  /** 取消请求对象 */
  param0?: TaobaoAlitripCarRentOrderCancelRentProviderCancelRequestInput;
}

/** Response of `taobao.alitrip.car.rent.order.cancel`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoAlitripCarRentOrderCancelResponse {
  /** 错误消息 */
  message?: string;
  /** 扩展对象 */
  models?: string | Record<string, unknown>;
  /** 结果对象 */
  model?: string | Record<string, unknown>;
  /** 结果码 */
  c?: Int64;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `RentProviderCancelRequest` of `taobao.alitrip.car.rent.order.cancel`. */
export interface TaobaoAlitripCarRentOrderCancelRentProviderCancelRequestInput {
  /** 是否确认可以取消 */
  cancel_confirm: boolean;
  /** 服务商ID */
  provider_id: Int64Input;
  /** 取消拒绝原因 */
  cancel_reject_reason?: string;
  /** 取消拒绝类型 */
  cancel_reject_code?: Int64Input;
  /** 订单id */
  order_id: Int64Input;
}

const REQUEST_SCHEMA = {
  param0: {
    cancel_confirm: 'Boolean',
    provider_id: 'Number',
    cancel_reject_reason: 'String',
    cancel_reject_code: 'Number',
    order_id: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  message: 'String',
  models: 'Json',
  model: 'Json',
  c: 'Number',
} as const satisfies ObjectSchema;

/** Static description of `taobao.alitrip.car.rent.order.cancel`: method, response root, request and response schemas. */
export const taobaoAlitripCarRentOrderCancelOperation = {
  method: 'taobao.alitrip.car.rent.order.cancel',
  responseRoot: 'alitrip_car_rent_order_cancel_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 租车-取消订单 — calls TOP method `taobao.alitrip.car.rent.order.cancel`.
 *
 * 服务商主动取消用户订单或者拒绝取消订单.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoAlitripCarRentOrderCancel(
  client: TopClient,
  request: TaobaoAlitripCarRentOrderCancelRequest = {},
  options?: CallOptions,
): Promise<TaobaoAlitripCarRentOrderCancelResponse> {
  return client.call<TaobaoAlitripCarRentOrderCancelResponse>(
    {
      method: 'taobao.alitrip.car.rent.order.cancel',
      responseRoot: 'alitrip_car_rent_order_cancel_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
