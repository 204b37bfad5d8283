// Generated from specs/btrip/alitrip.btrip.supplychain.train.city.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.btrip.supplychain.train.city` (火车站数据查询). */
export interface AlitripBtripSupplychainTrainCityRequest {
  /** 入参对象 */
  rq: AlitripBtripSupplychainTrainCityOpenSuggestRqInput;
}

/** Response of `alitrip.btrip.supplychain.train.city`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripBtripSupplychainTrainCityResponse {
  /** 结果对象 */
  result?: AlitripBtripSupplychainTrainCityOpenApiSuggestRs;
  /** 结果信息 */
  result_code?: Int64;
  /** 结果码 */
  result_msg?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `OpenSuggestRq` of `alitrip.btrip.supplychain.train.city`. */
export interface AlitripBtripSupplychainTrainCityOpenSuggestRqInput {
  /** 第三方企业id */
  corp_id: string;
  /** 搜索关键字 */
  keyword: string;
  /** 2：商旅开放平台 */
  version?: Int64Input;
}

/** `OpenApiSuggestRs` of `alitrip.btrip.supplychain.train.city`. */
export interface AlitripBtripSupplychainTrainCityOpenApiSuggestRs {
  /** 城市列表 */
  cities?: AlitripBtripSupplychainTrainCityCityVo[];
}

/** `CityVo` of `alitrip.btrip.supplychain.train.city`. */
export interface AlitripBtripSupplychainTrainCityCityVo {
  /** 城市码 */
  code?: string;
  /** 城市名称 */
  name?: string;
}

const REQUEST_SCHEMA = {
  rq: {
    corp_id: 'String',
    keyword: 'String',
    version: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    cities: [
      {
        code: 'String',
        name: 'String',
      },
    ],
  },
  result_code: 'Number',
  result_msg: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alitrip.btrip.supplychain.train.city`: method, response root, request and response schemas. */
export const alitripBtripSupplychainTrainCityOperation = {
  method: 'alitrip.btrip.supplychain.train.city',
  responseRoot: 'alitrip_btrip_supplychain_train_city_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 火车站数据查询 — calls TOP method `alitrip.btrip.supplychain.train.city`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripBtripSupplychainTrainCity(
  client: TopClient,
  request: AlitripBtripSupplychainTrainCityRequest,
  options?: CallOptions,
): Promise<AlitripBtripSupplychainTrainCityResponse> {
  return client.call<AlitripBtripSupplychainTrainCityResponse>(
    {
      method: 'alitrip.btrip.supplychain.train.city',
      responseRoot: 'alitrip_btrip_supplychain_train_city_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
