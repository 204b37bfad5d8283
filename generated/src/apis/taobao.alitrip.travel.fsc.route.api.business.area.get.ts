// Generated from specs/axindata/taobao.alitrip.travel.fsc.route.api.business.area.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.alitrip.travel.fsc.route.api.business.area.get` (获取业务区域). */
export interface TaobaoAlitripTravelFscRouteApiBusinessAreaGetRequest {
  /** fscBusinessAreaQueryRequest */
  fsc_business_area_query_request: TaobaoAlitripTravelFscRouteApiBusinessAreaGetFscBusinessAreaQueryRequestInput;
}

/** Response of `taobao.alitrip.travel.fsc.route.api.business.area.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoAlitripTravelFscRouteApiBusinessAreaGetResponse {
  /** 通用返回结果 */
  top_result?: TaobaoAlitripTravelFscRouteApiBusinessAreaGetTopResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `FscBusinessAreaQueryRequest` of `taobao.alitrip.travel.fsc.route.api.business.area.get`. */
export interface TaobaoAlitripTravelFscRouteApiBusinessAreaGetFscBusinessAreaQueryRequestInput {
  /** 区域类型 1:出境 2:国内 */
  business_area_range?: string;
  /** 分页大小（最大100） */
  page_size?: Int64Input;
  /** 页码 */
  page_index?: Int64Input;
  /** 供应商id */
  supplier_id?: string;
}

/** `TopResult` of `taobao.alitrip.travel.fsc.route.api.business.area.get`. */
export interface TaobaoAlitripTravelFscRouteApiBusinessAreaGetTopResult {
  /** 是否成功 */
  success?: boolean;
  /** 错误码 */
  error_code?: string;
  /** 错误信息 */
  error_msg?: string;
  /** 业务数据 */
  fsc_business_area_api_response?: TaobaoAlitripTravelFscRouteApiBusinessAreaGetFscBusinessAreaApiResponse;
}

/** `FscBusinessAreaApiResponse` of `taobao.alitrip.travel.fsc.route.api.business.area.get`. */
export interface TaobaoAlitripTravelFscRouteApiBusinessAreaGetFscBusinessAreaApiResponse {
  /** 数据总条数 */
  total?: Int64;
  /** 分页大小（最大100） */
  page_size?: Int64;
  /** 页码 */
  page_index?: Int64;
  /** 返回数据 */
  data?: TaobaoAlitripTravelFscRouteApiBusinessAreaGetFscBusinessAreaApiDto[];
}

/** `FscBusinessAreaApiDto` of `taobao.alitrip.travel.fsc.route.api.business.area.get`. */
export interface TaobaoAlitripTravelFscRouteApiBusinessAreaGetFscBusinessAreaApiDto {
  /** 业务区域ID */
  business_area_id?: string;
  /** 业务区域名称 */
  business_area_name?: string;
  /** 区域类型 1:出境 2:国内 */
  business_area_range?: string;
}

const REQUEST_SCHEMA = {
  fsc_business_area_query_request: {
    business_area_range: 'String',
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
    fsc_business_area_api_response: {
      total: 'Number',
      page_size: 'Number',
      page_index: 'Number',
      data: [
        {
          business_area_id: 'String',
          business_area_name: 'String',
          business_area_range: 'String',
        },
      ],
    },
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.alitrip.travel.fsc.route.api.business.area.get`: method, response root, request and response schemas. */
export const taobaoAlitripTravelFscRouteApiBusinessAreaGetOperation = {
  method: 'taobao.alitrip.travel.fsc.route.api.business.area.get',
  responseRoot: 'alitrip_travel_fsc_route_api_business_area_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取业务区域 — calls TOP method `taobao.alitrip.travel.fsc.route.api.business.area.get`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoAlitripTravelFscRouteApiBusinessAreaGet(
  client: TopClient,
  request: TaobaoAlitripTravelFscRouteApiBusinessAreaGetRequest,
  options?: CallOptions,
): Promise<TaobaoAlitripTravelFscRouteApiBusinessAreaGetResponse> {
  return client.call<TaobaoAlitripTravelFscRouteApiBusinessAreaGetResponse>(
    {
      method: 'taobao.alitrip.travel.fsc.route.api.business.area.get',
      responseRoot: 'alitrip_travel_fsc_route_api_business_area_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
