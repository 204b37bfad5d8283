// Generated from specs/flightuppc/alitrip.flight.basic.data.city.queryAll.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.flight.basic.data.city.queryAll` (机票基础数据城市数据查询). */
export interface AlitripFlightBasicDataCityQueryAllRequest {}

/** Response of `alitrip.flight.basic.data.city.queryAll`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripFlightBasicDataCityQueryAllResponse {
  /** 返回包装类 */
  result?: AlitripFlightBasicDataCityQueryAllBaseResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `BaseResult` of `alitrip.flight.basic.data.city.queryAll`. */
export interface AlitripFlightBasicDataCityQueryAllBaseResult {
  /** 错误信息 */
  error_message?: string;
  /** 数据实体 */
  data_list?: AlitripFlightBasicDataCityQueryAllData[];
  /** 结果码 0成功 */
  result_code?: Int64;
  /** 请求唯一标识 */
  query_id?: string;
}

/** `Data` of `alitrip.flight.basic.data.city.queryAll`. */
export interface AlitripFlightBasicDataCityQueryAllData {
  /** 航空大区 */
  air_zone?: string;
  /** 城市对应国家 */
  country_name?: string;
  /** 城市简拼 */
  city_jp?: string;
  /** 夏日时区区间 */
  time_zone_summer_period?: string;
  /** 夏日时区 */
  time_zone_summer?: string;
  /** 标准时区 */
  time_zone_standard?: string;
  /** 大洲 */
  continent?: string;
  /** 省/州名称 */
  province_name?: string;
  /** 国家二字码 */
  country_code?: string;
  /** 省/州二字码 */
  province_code?: string;
  /** 首字母 */
  city_capital?: string;
  /** 英文名称 */
  english_name?: string;
  /** 城市全拼 */
  city_py?: string;
  /** 城市名称 */
  city_name?: string;
  /** 城市三字码 */
  city_code?: string;
  /** 次区代码 */
  iata_code?: string;
  /** 次区 */
  secd_zone?: string;
  /** OAG来源的夏令时 */
  oag_summer_period?: string;
  /** 小次区 */
  mini_iata_code?: string;
  /** 搜索热度 */
  search_heat?: Int64;
  /** 城市通航状态 */
  navigable_status?: Int64;
}

const REQUEST_SCHEMA = {} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    error_message: 'String',
    data_list: [
      {
        air_zone: 'String',
        country_name: 'String',
        city_jp: 'String',
        time_zone_summer_period: 'String',
        time_zone_summer: 'String',
        time_zone_standard: 'String',
        continent: 'String',
        province_name: 'String',
        country_code: 'String',
        province_code: 'String',
        city_capital: 'String',
        english_name: 'String',
        city_py: 'String',
        city_name: 'String',
        city_code: 'String',
        iata_code: 'String',
        secd_zone: 'String',
        oag_summer_period: 'String',
        mini_iata_code: 'String',
        search_heat: 'Number',
        navigable_status: 'Number',
      },
    ],
    result_code: 'Number',
    query_id: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alitrip.flight.basic.data.city.queryAll`: method, response root, request and response schemas. */
export const alitripFlightBasicDataCityQueryAllOperation = {
  method: 'alitrip.flight.basic.data.city.queryAll',
  responseRoot: 'alitrip_flight_basic_data_city_queryAll_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 机票基础数据城市数据查询 — calls TOP method `alitrip.flight.basic.data.city.queryAll`.
 *
 * 机票基础数据城市数据查询top接口
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripFlightBasicDataCityQueryAll(
  client: TopClient,
  request: AlitripFlightBasicDataCityQueryAllRequest = {},
  options?: CallOptions,
): Promise<AlitripFlightBasicDataCityQueryAllResponse> {
  return client.call<AlitripFlightBasicDataCityQueryAllResponse>(
    {
      method: 'alitrip.flight.basic.data.city.queryAll',
      responseRoot: 'alitrip_flight_basic_data_city_queryAll_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
