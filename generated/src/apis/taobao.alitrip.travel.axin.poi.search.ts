// Generated from specs/axindata/taobao.alitrip.travel.axin.poi.search.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.alitrip.travel.axin.poi.search` (景点poi搜索-阿信). */
export interface TaobaoAlitripTravelAxinPoiSearchRequest {
  /** 搜索关键词 */
  key_word: string;
}

/** Response of `taobao.alitrip.travel.axin.poi.search`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoAlitripTravelAxinPoiSearchResponse {
  /** 接口返回model */
  result?: TaobaoAlitripTravelAxinPoiSearchResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `taobao.alitrip.travel.axin.poi.search`. */
export interface TaobaoAlitripTravelAxinPoiSearchResult {
  /** 错误信息 */
  error_msg?: string;
  /** 错误码 */
  error_code?: string;
  /** 是否成功 */
  success?: boolean;
  /** 列表 */
  data_list?: TaobaoAlitripTravelAxinPoiSearchPoiVo[];
}

/** `PoiVo` of `taobao.alitrip.travel.axin.poi.search`. */
export interface TaobaoAlitripTravelAxinPoiSearchPoiVo {
  /** poiId */
  poi_id?: Int64;
  /** poi英文名 */
  poi_name_en?: string;
  /** poi名称 */
  poi_name?: string;
  /** 城市名称 */
  city_name?: string;
  /** 城市id */
  city_id?: string;
  /** 国家名称 */
  country_name?: string;
  /** 国家id */
  country_id?: string;
  /** 省份名称 */
  province_name?: string;
  /** 省份id */
  province_id?: string;
}

const REQUEST_SCHEMA = {
  key_word: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    error_msg: 'String',
    error_code: 'String',
    success: 'Boolean',
    data_list: [
      {
        poi_id: 'Number',
        poi_name_en: 'String',
        poi_name: 'String',
        city_name: 'String',
        city_id: 'String',
        country_name: 'String',
        country_id: 'String',
        province_name: 'String',
        province_id: 'String',
      },
    ],
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.alitrip.travel.axin.poi.search`: method, response root, request and response schemas. */
export const taobaoAlitripTravelAxinPoiSearchOperation = {
  method: 'taobao.alitrip.travel.axin.poi.search',
  responseRoot: 'alitrip_travel_axin_poi_search_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 景点poi搜索-阿信 — calls TOP method `taobao.alitrip.travel.axin.poi.search`.
 *
 * 给阿信提供景点poi搜索
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoAlitripTravelAxinPoiSearch(
  client: TopClient,
  request: TaobaoAlitripTravelAxinPoiSearchRequest,
  options?: CallOptions,
): Promise<TaobaoAlitripTravelAxinPoiSearchResponse> {
  return client.call<TaobaoAlitripTravelAxinPoiSearchResponse>(
    {
      method: 'taobao.alitrip.travel.axin.poi.search',
      responseRoot: 'alitrip_travel_axin_poi_search_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
