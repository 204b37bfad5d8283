// Generated from specs/car/alitrip.travel.crsdriver.arrange.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.travel.crsdriver.arrange` (CRS接送机商家派司机接口). */
export interface AlitripTravelCrsdriverArrangeRequest {
  /** 请求对象 */
  crs_driver_arrange_param: AlitripTravelCrsdriverArrangeCrsDriverArrangeParamInput;
}

/** Response of `alitrip.travel.crsdriver.arrange`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripTravelCrsdriverArrangeResponse {
  /** 返回结果message */
  message?: string;
  /** 返回结果code */
  message_code?: Int64;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `CrsDriverArrangeParam` of `alitrip.travel.crsdriver.arrange`. */
export interface AlitripTravelCrsdriverArrangeCrsDriverArrangeParamInput {
  /** 城市 */
  city_name: string;
  /** 是否改派司机 */
  is_change_driver: boolean;
  /** 车型名称 */
  car_type_name: string;
  /** 司机名称 */
  driver_name: string;
  /** 飞猪订单id */
  order_id: Int64Input;
  /** 司机手机号 */
  driver_phone_num?: string;
  /** 司机身份证号 */
  driver_id_card?: string;
  /** 电话区号 */
  phone_area_code?: string;
  /** 车型号 */
  car_type?: string;
  /** 车牌号 */
  car_number?: string;
  /** 车辆品牌 */
  car_brand?: string;
}

const REQUEST_SCHEMA = {
  crs_driver_arrange_param: {
    city_name: 'String',
    is_change_driver: 'Boolean',
    car_type_name: 'String',
    driver_name: 'String',
    order_id: 'Number',
    driver_phone_num: 'String',
    driver_id_card: 'String',
    phone_area_code: 'String',
    car_type: 'String',
    car_number: 'String',
    car_brand: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  message: 'String',
  message_code: 'Number',
} as const satisfies ObjectSchema;

/** Static description of `alitrip.travel.crsdriver.arrange`: method, response root, request and response schemas. */
export const alitripTravelCrsdriverArrangeOperation = {
  method: 'alitrip.travel.crsdriver.arrange',
  responseRoot: 'alitrip_travel_crsdriver_arrange_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * CRS接送机商家派司机接口 — calls TOP method `alitrip.travel.crsdriver.arrange`.
 *
 * 提供给CRS接送机商家派司机的API
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripTravelCrsdriverArrange(
  client: TopClient,
  request: AlitripTravelCrsdriverArrangeRequest,
  options?: CallOptions,
): Promise<AlitripTravelCrsdriverArrangeResponse> {
  return client.call<AlitripTravelCrsdriverArrangeResponse>(
    {
      method: 'alitrip.travel.crsdriver.arrange',
      responseRoot: 'alitrip_travel_crsdriver_arrange_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
