// Generated from specs/car/taobao.alitrip.car.order.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.alitrip.car.order.query` (飞猪订单状态查询接口). */
export interface TaobaoAlitripCarOrderQueryRequest {
  /** 飞猪平台订单id */
  order_id: string;
}

/** Response of `taobao.alitrip.car.order.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoAlitripCarOrderQueryResponse {
  /** 订单结果 */
  first_result?: TaobaoAlitripCarOrderQueryOrderQueryRsp;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `OrderQueryRsp` of `taobao.alitrip.car.order.query`. */
export interface TaobaoAlitripCarOrderQueryOrderQueryRsp {
  /** 订单id */
  order_id?: string;
  /** 订单状态。21-等待商家确认接单，22-商家已确认接单（未派司机），23-商家已确认接单（已派司机），24-司机服务已完成，25-司机已出发，26-司机已到达目的地，27-司机开始服务，60-订单已关闭，70-订单已完成。其他状态可不必关心。 */
  status?: Int64;
}

const REQUEST_SCHEMA = {
  order_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  first_result: {
    order_id: 'String',
    status: 'Number',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.alitrip.car.order.query`: method, response root, request and response schemas. */
export const taobaoAlitripCarOrderQueryOperation = {
  method: 'taobao.alitrip.car.order.query',
  responseRoot: 'alitrip_car_order_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 飞猪订单状态查询接口 — calls TOP method `taobao.alitrip.car.order.query`.
 *
 * 提供给直连商家查询在飞猪平台上产生的订单
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoAlitripCarOrderQuery(
  client: TopClient,
  request: TaobaoAlitripCarOrderQueryRequest,
  options?: CallOptions,
): Promise<TaobaoAlitripCarOrderQueryResponse> {
  return client.call<TaobaoAlitripCarOrderQueryResponse>(
    {
      method: 'taobao.alitrip.car.order.query',
      responseRoot: 'alitrip_car_order_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
