// Generated from specs/btrip/alitrip.btrip.flight.city.suggest.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.btrip.flight.city.suggest` (机票城市搜索). */
export interface AlitripBtripFlightCitySuggestRequest {
  /** 用户id */
  user_id: string;
  /** 搜索关键字 */
  keyword: string;
  /** 企业id */
  corp_id: string;
}

/** Response of `alitrip.btrip.flight.city.suggest`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripBtripFlightCitySuggestResponse {
  /** 返回对象 */
  result?: AlitripBtripFlightCitySuggestBtripApplyResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `BtripApplyResult` of `alitrip.btrip.flight.city.suggest`. */
export interface AlitripBtripFlightCitySuggestBtripApplyResult {
  /** 结果对象 */
  module?: AlitripBtripFlightCitySuggestSuggestRs;
  /** 错误描述 */
  err_msg?: string;
  /** 错误码 */
  err_code?: Int64;
  /** 成功标识 */
  success?: boolean;
}

/** `SuggestRs` of `alitrip.btrip.flight.city.suggest`. */
export interface AlitripBtripFlightCitySuggestSuggestRs {
  /** 城市列表 */
  cities?: AlitripBtripFlightCitySuggestCityVo[];
}

/** `CityVo` of `alitrip.btrip.flight.city.suggest`. */
export interface AlitripBtripFlightCitySuggestCityVo {
  /** 三字码 */
  code?: string;
  /** 城市名 */
  name?: string;
}

const REQUEST_SCHEMA = {
  user_id: 'String',
  keyword: 'String',
  corp_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    module: {
      cities: [
        {
          code: 'String',
          name: 'String',
        },
      ],
    },
    err_msg: 'String',
    err_code: 'Number',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alitrip.btrip.flight.city.suggest`: method, response root, request and response schemas. */
export const alitripBtripFlightCitySuggestOperation = {
  method: 'alitrip.btrip.flight.city.suggest',
  responseRoot: 'alitrip_btrip_flight_city_suggest_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 机票城市搜索 — calls TOP method `alitrip.btrip.flight.city.suggest`.
 *
 * 提供机票城市搜索接口，提高OA用户对接效率
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripBtripFlightCitySuggest(
  client: TopClient,
  request: AlitripBtripFlightCitySuggestRequest,
  options?: CallOptions,
): Promise<AlitripBtripFlightCitySuggestResponse> {
  return client.call<AlitripBtripFlightCitySuggestResponse>(
    {
      method: 'alitrip.btrip.flight.city.suggest',
      responseRoot: 'alitrip_btrip_flight_city_suggest_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
