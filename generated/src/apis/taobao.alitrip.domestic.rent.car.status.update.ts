// Generated from specs/car/taobao.alitrip.domestic.rent.car.status.update.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.alitrip.domestic.rent.car.status.update` (航旅国内租车订单状态更新). */
export interface TaobaoAlitripDomesticRentCarStatusUpdateRequest {
  /** 121-用车中（用户取车成功） 122-待结算（用户还车成功） */
  status: Int64Input;
  /** 服务商平台订单号 */
  third_order_id?: string;
  /** 飞猪平台订单号 */
  order_id: string;
  /** 服务商标识，由飞猪提供给到各服务商 */
  provider_id: string;
  /** 车牌号 */
  car_number?: string;
  /** JSON扩展值 */
  extra?: string | Record<string, unknown>;
}

/** Response of `taobao.alitrip.domestic.rent.car.status.update`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoAlitripDomesticRentCarStatusUpdateResponse {
  /** 其它数据，预留，暂不使用 */
  data?: string | Record<string, unknown>;
  /** 错误信息 */
  message?: string;
  /** 错误码.code为0时表示成功 */
  message_code?: Int64;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  status: 'Number',
  third_order_id: 'String',
  order_id: 'String',
  provider_id: 'String',
  car_number: 'String',
  extra: 'Json',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  data: 'Json',
  message: 'String',
  message_code: 'Number',
} as const satisfies ObjectSchema;

/** Static description of `taobao.alitrip.domestic.rent.car.status.update`: method, response root, request and response schemas. */
export const taobaoAlitripDomesticRentCarStatusUpdateOperation = {
  method: 'taobao.alitrip.domestic.rent.car.status.update',
  responseRoot: 'alitrip_domestic_rent_car_status_update_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 航旅国内租车订单状态更新 — calls TOP method `taobao.alitrip.domestic.rent.car.status.update`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoAlitripDomesticRentCarStatusUpdate(
  client: TopClient,
  request: TaobaoAlitripDomesticRentCarStatusUpdateRequest,
  options?: CallOptions,
): Promise<TaobaoAlitripDomesticRentCarStatusUpdateResponse> {
  return client.call<TaobaoAlitripDomesticRentCarStatusUpdateResponse>(
    {
      method: 'taobao.alitrip.domestic.rent.car.status.update',
      responseRoot: 'alitrip_domestic_rent_car_status_update_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
