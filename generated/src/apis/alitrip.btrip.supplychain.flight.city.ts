// Generated from specs/btrip/alitrip.btrip.supplychain.flight.city.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.btrip.supplychain.flight.city` (机场数据查询). */
export interface AlitripBtripSupplychainFlightCityRequest {
  /** 请求对象 */
  rq: AlitripBtripSupplychainFlightCityOpenSuggestRqInput;
}

/** Response of `alitrip.btrip.supplychain.flight.city`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripBtripSupplychainFlightCityResponse {
  /** 结果对象 */
  result?: AlitripBtripSupplychainFlightCitySuggestRs;
  /** 结果码 */
  result_code?: Int64;
  /** 结果信息 */
  result_msg?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `OpenSuggestRq` of `alitrip.btrip.supplychain.flight.city`. */
export interface AlitripBtripSupplychainFlightCityOpenSuggestRqInput {
  /** 第三方企业id */
  corp_id: string;
  /** 搜索关键字 */
  keyword: string;
  /** 0国内机场，2国内机场+临近机场，3国际机场 */
  type?: Int64Input;
  /** 商旅开放平台传2 */
  version?: Int64Input;
}

/** `SuggestRs` of `alitrip.btrip.supplychain.flight.city`. */
export interface AlitripBtripSupplychainFlightCitySuggestRs {
  /** 城市列表 */
  cities?: AlitripBtripSupplychainFlightCityCityVo[];
  /** 是否为邻近城市 */
  nearby?: boolean;
}

/** `CityVo` of `alitrip.btrip.supplychain.flight.city`. */
export interface AlitripBtripSupplychainFlightCityCityVo {
  /** 三字码 */
  code?: string;
  /** 与搜索城市距离，单位千米，只在邻近机场推荐有值 */
  distance?: Int64;
  /** 城市名称 */
  name?: string;
  /** 邻近机场城市，只在邻近机场推荐有值 */
  travel_name?: string;
}

const REQUEST_SCHEMA = {
  rq: {
    corp_id: 'String',
    keyword: 'String',
    type: 'Number',
    version: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    cities: [
      {
        code: 'String',
        distance: 'Number',
        name: 'String',
        travel_name: 'String',
      },
    ],
    nearby: 'Boolean',
  },
  result_code: 'Number',
  result_msg: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alitrip.btrip.supplychain.flight.city`: method, response root, request and response schemas. */
export const alitripBtripSupplychainFlightCityOperation = {
  method: 'alitrip.btrip.supplychain.flight.city',
  responseRoot: 'alitrip_btrip_supplychain_flight_city_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 机场数据查询 — calls TOP method `alitrip.btrip.supplychain.flight.city`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripBtripSupplychainFlightCity(
  client: TopClient,
  request: AlitripBtripSupplychainFlightCityRequest,
  options?: CallOptions,
): Promise<AlitripBtripSupplychainFlightCityResponse> {
  return client.call<AlitripBtripSupplychainFlightCityResponse>(
    {
      method: 'alitrip.btrip.supplychain.flight.city',
      responseRoot: 'alitrip_btrip_supplychain_flight_city_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
