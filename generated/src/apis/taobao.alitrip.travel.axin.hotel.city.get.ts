// Generated from specs/axindata/taobao.alitrip.travel.axin.hotel.city.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.alitrip.travel.axin.hotel.city.get` (城市列表信息查询-阿信). */
export interface TaobaoAlitripTravelAxinHotelCityGetRequest {
  /** 分销商id，阿信分配 */
  distributor_tid: Int64Input;
}

/** Response of `taobao.alitrip.travel.axin.hotel.city.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoAlitripTravelAxinHotelCityGetResponse {
  /** 接口返回model */
  result?: TaobaoAlitripTravelAxinHotelCityGetResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `taobao.alitrip.travel.axin.hotel.city.get`. */
export interface TaobaoAlitripTravelAxinHotelCityGetResult {
  /** 错误信息 */
  error_msg?: string;
  /** 错误码 */
  error_code?: string;
  /** 是否成功 */
  success?: boolean;
  /** 城市信息 */
  data_list?: TaobaoAlitripTravelAxinHotelCityGetHotelCityVo[];
}

/** `HotelCityVo` of `taobao.alitrip.travel.axin.hotel.city.get`. */
export interface TaobaoAlitripTravelAxinHotelCityGetHotelCityVo {
  /** 城市名称 */
  name?: string;
  /** 城市编码 */
  code?: Int64;
}

const REQUEST_SCHEMA = {
  distributor_tid: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    error_msg: 'String',
    error_code: 'String',
    success: 'Boolean',
    data_list: [
      {
        name: 'String',
        code: 'Number',
      },
    ],
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.alitrip.travel.axin.hotel.city.get`: method, response root, request and response schemas. */
export const taobaoAlitripTravelAxinHotelCityGetOperation = {
  method: 'taobao.alitrip.travel.axin.hotel.city.get',
  responseRoot: 'alitrip_travel_axin_hotel_city_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 城市列表信息查询-阿信 — calls TOP method `taobao.alitrip.travel.axin.hotel.city.get`.
 *
 * 阿信城市列表信息查询
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoAlitripTravelAxinHotelCityGet(
  client: TopClient,
  request: TaobaoAlitripTravelAxinHotelCityGetRequest,
  options?: CallOptions,
): Promise<TaobaoAlitripTravelAxinHotelCityGetResponse> {
  return client.call<TaobaoAlitripTravelAxinHotelCityGetResponse>(
    {
      method: 'taobao.alitrip.travel.axin.hotel.city.get',
      responseRoot: 'alitrip_travel_axin_hotel_city_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
