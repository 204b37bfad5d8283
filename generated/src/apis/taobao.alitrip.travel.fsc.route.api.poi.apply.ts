// Generated from specs/axindata/taobao.alitrip.travel.fsc.route.api.poi.apply.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.alitrip.travel.fsc.route.api.poi.apply` (线路供应商提交新增POI申请). */
export interface TaobaoAlitripTravelFscRouteApiPoiApplyRequest {
  /** fscPoiApplyRequest */
  fsc_poi_apply_request: TaobaoAlitripTravelFscRouteApiPoiApplyFscPoiApplyRequestInput;
}

/** Response of `taobao.alitrip.travel.fsc.route.api.poi.apply`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoAlitripTravelFscRouteApiPoiApplyResponse {
  /** 通用返回结果 */
  top_result?: TaobaoAlitripTravelFscRouteApiPoiApplyTopResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `FscPoiApplyRequest` of `taobao.alitrip.travel.fsc.route.api.poi.apply`. */
export interface TaobaoAlitripTravelFscRouteApiPoiApplyFscPoiApplyRequestInput {
  /** POI新增列表 */
  poi_list?: TaobaoAlitripTravelFscRouteApiPoiApplyFscPoiApplyApiDtoInput[];
  /** 供应商ID */
  supplier_id?: string;
}

/** `FscPoiApplyApiDto` of `taobao.alitrip.travel.fsc.route.api.poi.apply`. */
export interface TaobaoAlitripTravelFscRouteApiPoiApplyFscPoiApplyApiDtoInput {
  /** POI外部编号（供应商侧编号） */
  poi_outer_id?: string;
  /** POI名称 */
  poi_name?: string;
  /** POI英文名称 */
  poi_name_en?: string;
  /** POI详情说明 */
  description?: string;
  /** 城市ID */
  city_id?: string;
  /** 城市名称 */
  city_name?: string;
  /** 省份ID */
  province_id?: string;
  /** 省份名称 */
  province_name?: string;
  /** 国家ID */
  country_id?: string;
  /** 国家名称 */
  country_name?: string;
}

/** `TopResult` of `taobao.alitrip.travel.fsc.route.api.poi.apply`. */
export interface TaobaoAlitripTravelFscRouteApiPoiApplyTopResult {
  /** 是否成功 */
  success?: boolean;
  /** 错误码 */
  error_code?: string;
  /** 错误信息 */
  error_msg?: string;
  /** 业务数据 */
  data?: boolean;
}

const REQUEST_SCHEMA = {
  fsc_poi_apply_request: {
    poi_list: [
      {
        poi_outer_id: 'String',
        poi_name: 'String',
        poi_name_en: 'String',
        description: 'String',
        city_id: 'String',
        city_name: 'String',
        province_id: 'String',
        province_name: 'String',
        country_id: 'String',
        country_name: 'String',
      },
    ],
    supplier_id: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  top_result: {
    success: 'Boolean',
    error_code: 'String',
    error_msg: 'String',
    data: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.alitrip.travel.fsc.route.api.poi.apply`: method, response root, request and response schemas. */
export const taobaoAlitripTravelFscRouteApiPoiApplyOperation = {
  method: 'taobao.alitrip.travel.fsc.route.api.poi.apply',
  responseRoot: 'alitrip_travel_fsc_route_api_poi_apply_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 线路供应商提交新增POI申请 — calls TOP method `taobao.alitrip.travel.fsc.route.api.poi.apply`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoAlitripTravelFscRouteApiPoiApply(
  client: TopClient,
  request: TaobaoAlitripTravelFscRouteApiPoiApplyRequest,
  options?: CallOptions,
): Promise<TaobaoAlitripTravelFscRouteApiPoiApplyResponse> {
  return client.call<TaobaoAlitripTravelFscRouteApiPoiApplyResponse>(
    {
      method: 'taobao.alitrip.travel.fsc.route.api.poi.apply',
      responseRoot: 'alitrip_travel_fsc_route_api_poi_apply_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
