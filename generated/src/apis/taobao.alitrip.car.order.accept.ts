// Generated from specs/car/taobao.alitrip.car.order.accept.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.alitrip.car.order.accept` (确认接单). */
export interface TaobaoAlitripCarOrderAcceptRequest {
  /** 确认订单请求 */
  param_order_accept: TaobaoAlitripCarOrderAcceptOrderAcceptInput;
}

/** Response of `taobao.alitrip.car.order.accept`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoAlitripCarOrderAcceptResponse {
  /** 根据站点名称查询产品 */
  result?: TaobaoAlitripCarOrderAcceptApiResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `OrderAccept` of `taobao.alitrip.car.order.accept`. */
export interface TaobaoAlitripCarOrderAcceptOrderAcceptInput {
  /** 0确认接单 1无法接单 */
  confirm_type: Int64Input;
  /** 拒单原因 */
  message?: string;
  /** 阿里旅行用车订单ID */
  order_id: string;
  /** 服务商ID,阿里提供 */
  provider_id: string;
  /** 服务商订单ID,没有可不传 */
  third_order_id?: string;
  /** 可选，卖家id */
  seller_id?: string;
  /** 0:接送机 1：实时打车 2：租车(不传值默认为0) */
  use_type?: Int64Input;
  /** 接单司机纬度 */
  latitude?: string;
  /** 接单司机经度 */
  longitude?: string;
  /** 接单时间毫秒数 */
  accept_time?: Int64Input;
}

/** `ApiResult` of `taobao.alitrip.car.order.accept`. */
export interface TaobaoAlitripCarOrderAcceptApiResult {
  /** 错误码 0成功 其它见文档 */
  code?: Int64;
  /** 其它数据 */
  data?: string;
  /** 错误信息 */
  message?: string;
  /** 错误码 0成功 其它见文档 */
  message_code?: Int64;
}

const REQUEST_SCHEMA = {
  param_order_accept: {
    confirm_type: 'Number',
    message: 'String',
    order_id: 'String',
    provider_id: 'String',
    third_order_id: 'String',
    seller_id: 'String',
    use_type: 'Number',
    latitude: 'String',
    longitude: 'String',
    accept_time: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    code: 'Number',
    data: 'String',
    message: 'String',
    message_code: 'Number',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.alitrip.car.order.accept`: method, response root, request and response schemas. */
export const taobaoAlitripCarOrderAcceptOperation = {
  method: 'taobao.alitrip.car.order.accept',
  responseRoot: 'alitrip_car_order_accept_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 确认接单 — calls TOP method `taobao.alitrip.car.order.accept`.
 *
 * 用来接收服务商确认接单信息
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoAlitripCarOrderAccept(
  client: TopClient,
  request: TaobaoAlitripCarOrderAcceptRequest,
  options?: CallOptions,
): Promise<TaobaoAlitripCarOrderAcceptResponse> {
  return client.call<TaobaoAlitripCarOrderAcceptResponse>(
    {
      method: 'taobao.alitrip.car.order.accept',
      responseRoot: 'alitrip_car_order_accept_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
