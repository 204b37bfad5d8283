// Generated from specs/bus/taobao.bus.city.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.bus.city.get` (城市接口). */
export interface TaobaoBusCityGetRequest {}

/** Response of `taobao.bus.city.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoBusCityGetResponse {
  /** 城市返回结果 */
  result?: TaobaoBusCityGetCitySearchRp;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `CitySearchRp` of `taobao.bus.city.get`. */
export interface TaobaoBusCityGetCitySearchRp {
  /** 城市集合 */
  citys?: TaobaoBusCityGetCityDto[];
  /** 错误代码 */
  err_code?: string;
  /** 错误描述 */
  err_msg?: string;
  /** 是否成功 */
  success?: boolean;
}

/** `CityDto` of `taobao.bus.city.get`. */
export interface TaobaoBusCityGetCityDto {
  /** 城市编码 */
  city_code?: string;
  /** 拼音 */
  city_full_py?: string;
  /** 城市名字 */
  city_name?: string;
  /** 简拼 */
  city_short_py?: string;
  /** 预售期 */
  pre_day?: Int64;
  /** 省份名称 */
  province_name?: string;
}

const REQUEST_SCHEMA = {} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    citys: [
      {
        city_code: 'String',
        city_full_py: 'String',
        city_name: 'String',
        city_short_py: 'String',
        pre_day: 'Number',
        province_name: 'String',
      },
    ],
    err_code: 'String',
    err_msg: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.bus.city.get`: method, response root, request and response schemas. */
export const taobaoBusCityGetOperation = {
  method: 'taobao.bus.city.get',
  responseRoot: 'bus_city_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 城市接口 — calls TOP method `taobao.bus.city.get`.
 *
 * 汽车票出发城市获取接口，获取所有出发城市
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoBusCityGet(
  client: TopClient,
  request: TaobaoBusCityGetRequest = {},
  options?: CallOptions,
): Promise<TaobaoBusCityGetResponse> {
  return client.call<TaobaoBusCityGetResponse>(
    {
      method: 'taobao.bus.city.get',
      responseRoot: 'bus_city_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
