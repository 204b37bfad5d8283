// Generated from specs/axindata/taobao.alitrip.travel.fsc.route.api.poi.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.alitrip.travel.fsc.route.api.poi.get` (获取景点（POI）信息). */
export interface TaobaoAlitripTravelFscRouteApiPoiGetRequest {
  /** fscPoiQueryRequest */
  fsc_poi_query_request: TaobaoAlitripTravelFscRouteApiPoiGetFscPoiQueryRequestInput;
}

/** Response of `taobao.alitrip.travel.fsc.route.api.poi.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoAlitripTravelFscRouteApiPoiGetResponse {
  /** 通用返回结果 */
  top_result?: TaobaoAlitripTravelFscRouteApiPoiGetTopResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `FscPoiQueryRequest` of `taobao.alitrip.travel.fsc.route.api.poi.get`. */
export interface TaobaoAlitripTravelFscRouteApiPoiGetFscPoiQueryRequestInput {
  /** 关键字 */
  keyword?: string;
  /** 城市名称 */
  city_name?: string;
  /** 是否国外景点 */
  abroad?: boolean;
  /** 分页大小（最大100） */
  page_size?: Int64Input;
  /** 页码 */
  page_index?: Int64Input;
  /** 供应商id */
  supplier_id?: string;
}

/** `TopResult` of `taobao.alitrip.travel.fsc.route.api.poi.get`. */
export interface TaobaoAlitripTravelFscRouteApiPoiGetTopResult {
  /** 是否成功 */
  success?: boolean;
  /** 错误码 */
  error_code?: string;
  /** 错误信息 */
  error_msg?: string;
  /** 业务数据 */
  fsc_poi_api_response?: TaobaoAlitripTravelFscRouteApiPoiGetFscPoiApiResponse;
}

/** `FscPoiApiResponse` of `taobao.alitrip.travel.fsc.route.api.poi.get`. */
export interface TaobaoAlitripTravelFscRouteApiPoiGetFscPoiApiResponse {
  /** 数据总条数 */
  total?: Int64;
  /** 分页大小（最大100） */
  page_size?: Int64;
  /** 页码 */
  page_index?: Int64;
  /** 返回数据 */
  data?: TaobaoAlitripTravelFscRouteApiPoiGetFscPoiApiDto[];
}

/** `FscPoiApiDto` of `taobao.alitrip.travel.fsc.route.api.poi.get`. */
export interface TaobaoAlitripTravelFscRouteApiPoiGetFscPoiApiDto {
  /** poiId */
  poi_id?: Int64;
  /** poi名称 */
  poi_name?: string;
  /** poi英文名称 */
  poi_name_en?: string;
  /** 城市id */
  city_id?: string;
  /** 城市名称 */
  city_name?: string;
  /** 省份id */
  province_id?: string;
  /** 省份名称 */
  province_name?: string;
  /** 国家id */
  country_id?: string;
  /** 国家名称 */
  country_name?: string;
  /** poi详情说明 */
  description?: string;
}

const REQUEST_SCHEMA = {
  fsc_poi_query_request: {
    keyword: 'String',
    city_name: 'String',
    abroad: 'Boolean',
    page_size: 'Number',
    page_index: 'Number',
    supplier_id: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  top_result: {
    success: 'Boolean',
    error_code: 'String',
    error_msg: 'String',
    fsc_poi_api_response: {
      total: 'Number',
      page_size: 'Number',
      page_index: 'Number',
      data: [
        {
          poi_id: 'Number',
          poi_name: 'String',
          poi_name_en: 'String',
          city_id: 'String',
          city_name: 'String',
          province_id: 'String',
          province_name: 'String',
          country_id: 'String',
          country_name: 'String',
          description: 'String',
        },
      ],
    },
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.alitrip.travel.fsc.route.api.poi.get`: method, response root, request and response schemas. */
export const taobaoAlitripTravelFscRouteApiPoiGetOperation = {
  method: 'taobao.alitrip.travel.fsc.route.api.poi.get',
  responseRoot: 'alitrip_travel_fsc_route_api_poi_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取景点（POI）信息 — calls TOP method `taobao.alitrip.travel.fsc.route.api.poi.get`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoAlitripTravelFscRouteApiPoiGet(
  client: TopClient,
  request: TaobaoAlitripTravelFscRouteApiPoiGetRequest,
  options?: CallOptions,
): Promise<TaobaoAlitripTravelFscRouteApiPoiGetResponse> {
  return client.call<TaobaoAlitripTravelFscRouteApiPoiGetResponse>(
    {
      method: 'taobao.alitrip.travel.fsc.route.api.poi.get',
      responseRoot: 'alitrip_travel_fsc_route_api_poi_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
