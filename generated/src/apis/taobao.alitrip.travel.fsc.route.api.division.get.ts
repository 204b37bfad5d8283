// Generated from specs/axindata/taobao.alitrip.travel.fsc.route.api.division.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.alitrip.travel.fsc.route.api.division.get` (获取国家城市信息). */
export interface TaobaoAlitripTravelFscRouteApiDivisionGetRequest {
  /** fscDivisionQueryRequest */
  fsc_division_query_request: TaobaoAlitripTravelFscRouteApiDivisionGetFscDivisionQueryRequestInput;
}

/** Response of `taobao.alitrip.travel.fsc.route.api.division.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoAlitripTravelFscRouteApiDivisionGetResponse {
  /** 通用返回结果 */
  top_result?: TaobaoAlitripTravelFscRouteApiDivisionGetTopResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `FscDivisionQueryRequest` of `taobao.alitrip.travel.fsc.route.api.division.get`. */
export interface TaobaoAlitripTravelFscRouteApiDivisionGetFscDivisionQueryRequestInput {
  /** 行政区划类型（DOMAIN:境内，ABROAD:出境） */
  division_type?: string;
  /** 关键字 */
  keyword?: string;
  /** 国家ID */
  country_id?: Int64Input;
  /** 行政区划级别（2-国家; 4-城市） */
  level?: Int64Input;
  /** 分页大小（最大100） */
  page_size?: Int64Input;
  /** 页码 */
  page_index?: Int64Input;
  /** 供应商id */
  supplier_id?: string;
}

/** `TopResult` of `taobao.alitrip.travel.fsc.route.api.division.get`. */
export interface TaobaoAlitripTravelFscRouteApiDivisionGetTopResult {
  /** 是否成功 */
  success?: boolean;
  /** 错误码 */
  error_code?: string;
  /** 错误信息 */
  error_msg?: string;
  /** 业务数据 */
  fsc_trip_division_api_response?: TaobaoAlitripTravelFscRouteApiDivisionGetFscTripDivisionApiResponse;
}

/** `FscTripDivisionApiResponse` of `taobao.alitrip.travel.fsc.route.api.division.get`. */
export interface TaobaoAlitripTravelFscRouteApiDivisionGetFscTripDivisionApiResponse {
  /** 数据总条数 */
  total?: Int64;
  /** 分页大小（最大100） */
  page_size?: Int64;
  /** 页码 */
  page_index?: Int64;
  /** 返回数据 */
  data?: TaobaoAlitripTravelFscRouteApiDivisionGetFscTripDivisionApiDto[];
}

/** `FscTripDivisionApiDto` of `taobao.alitrip.travel.fsc.route.api.division.get`. */
export interface TaobaoAlitripTravelFscRouteApiDivisionGetFscTripDivisionApiDto {
  /** 目的地ID */
  division_id?: Int64;
  /** 行政区划名称 */
  name?: string;
  /** 行政区划英文名 */
  name_en?: string;
  /** 行政区划级别 */
  level?: Int64;
  /** 行政区划父级ID */
  parent_id?: Int64;
  /** 国家名称 */
  country_name?: string;
  /** 是否境外 */
  abroad?: boolean;
}

const REQUEST_SCHEMA = {
  fsc_division_query_request: {
    division_type: 'String',
    keyword: 'String',
    country_id: 'Number',
    level: 'Number',
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
    fsc_trip_division_api_response: {
      total: 'Number',
      page_size: 'Number',
      page_index: 'Number',
      data: [
        {
          division_id: 'Number',
          name: 'String',
          name_en: 'String',
          level: 'Number',
          parent_id: 'Number',
          country_name: 'String',
          abroad: 'Boolean',
        },
      ],
    },
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.alitrip.travel.fsc.route.api.division.get`: method, response root, request and response schemas. */
export const taobaoAlitripTravelFscRouteApiDivisionGetOperation = {
  method: 'taobao.alitrip.travel.fsc.route.api.division.get',
  responseRoot: 'alitrip_travel_fsc_route_api_division_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取国家城市信息 — calls TOP method `taobao.alitrip.travel.fsc.route.api.division.get`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoAlitripTravelFscRouteApiDivisionGet(
  client: TopClient,
  request: TaobaoAlitripTravelFscRouteApiDivisionGetRequest,
  options?: CallOptions,
): Promise<TaobaoAlitripTravelFscRouteApiDivisionGetResponse> {
  return client.call<TaobaoAlitripTravelFscRouteApiDivisionGetResponse>(
    {
      method: 'taobao.alitrip.travel.fsc.route.api.division.get',
      responseRoot: 'alitrip_travel_fsc_route_api_division_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
