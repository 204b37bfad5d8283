// Generated from specs/car/taobao.alitrip.car.order.status.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.alitrip.car.order.status` (商家订单状态改变通知接口（神州专车接口）). */
export interface TaobaoAlitripCarOrderStatusRequest {
  /** 固定值：statusChanged */
  operation?: string;
  /** 飞猪订单ID */
  order_id: string;
  /** 服务商ID */
  provider_id: string;
  /** 司机服务状态。arriving-司机已出发，arrived-司机已到达，serviceStarted-已开始服务，serviceFinished-已结束服务 */
  status: string;
}

/** Response of `taobao.alitrip.car.order.status`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoAlitripCarOrderStatusResponse {
  /** 根据站点名称查询产品 */
  result?: TaobaoAlitripCarOrderStatusApiResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ApiResult` of `taobao.alitrip.car.order.status`. */
export interface TaobaoAlitripCarOrderStatusApiResult {
  /** 状态码 */
  code?: Int64;
  /** 其它数据 */
  data?: string;
  /** 错误信息 */
  message?: string;
}

const REQUEST_SCHEMA = {
  operation: 'String',
  order_id: 'String',
  provider_id: 'String',
  status: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    code: 'Number',
    data: 'String',
    message: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.alitrip.car.order.status`: method, response root, request and response schemas. */
export const taobaoAlitripCarOrderStatusOperation = {
  method: 'taobao.alitrip.car.order.status',
  responseRoot: 'alitrip_car_order_status_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 商家订单状态改变通知接口（神州专车接口） — calls TOP method `taobao.alitrip.car.order.status`.
 *
 * 商家订单状态改变通知接口，神州专车专用接口！
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoAlitripCarOrderStatus(
  client: TopClient,
  request: TaobaoAlitripCarOrderStatusRequest,
  options?: CallOptions,
): Promise<TaobaoAlitripCarOrderStatusResponse> {
  return client.call<TaobaoAlitripCarOrderStatusResponse>(
    {
      method: 'taobao.alitrip.car.order.status',
      responseRoot: 'alitrip_car_order_status_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
