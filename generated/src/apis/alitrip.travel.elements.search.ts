// Generated from specs/product/alitrip.travel.elements.search.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.travel.elements.search` (商家元素搜索). */
export interface AlitripTravelElementsSearchRequest {
  /** 商家id */
  seller_id: Int64Input;
  /** 查询关键词 */
  query: string;
  /** 查询数量，限制100 */
  count: Int64Input;
  /** 资源类型 */
  type: Int64Input;
}

/** Response of `alitrip.travel.elements.search`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripTravelElementsSearchResponse {
  /** 返回对象 */
  result?: AlitripTravelElementsSearchResourceData;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ResourceData` of `alitrip.travel.elements.search`. */
export interface AlitripTravelElementsSearchResourceData {
  /** 资源列表 */
  datas?: AlitripTravelElementsSearchResourceDataRecord[];
  /** 资源名称 */
  name?: string;
  /** 资源类型 */
  type?: Int64;
}

/** `ResourceDataRecord` of `alitrip.travel.elements.search`. */
export interface AlitripTravelElementsSearchResourceDataRecord {
  /** 映射id */
  mapping_id?: Int64;
  /** 项目id */
  product_id?: Int64;
  /** 次数 */
  num?: Int64;
  /** 资源类型 */
  type?: Int64;
  /** 资源id */
  id?: Int64;
  /** 扩展属性，包括城市名称，外部编码等 */
  value_map?: string;
}

const REQUEST_SCHEMA = {
  seller_id: 'Number',
  query: 'String',
  count: 'Number',
  type: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    datas: [
      {
        mapping_id: 'Number',
        product_id: 'Number',
        num: 'Number',
        type: 'Number',
        id: 'Number',
        value_map: 'String',
      },
    ],
    name: 'String',
    type: 'Number',
  },
} as const satisfies ObjectSchema;

/** Static description of `alitrip.travel.elements.search`: method, response root, request and response schemas. */
export const alitripTravelElementsSearchOperation = {
  method: 'alitrip.travel.elements.search',
  responseRoot: 'alitrip_travel_elements_search_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 商家元素搜索 — calls TOP method `alitrip.travel.elements.search`.
 *
 * 提供商家维护的景点、酒店、餐饮等元素搜索
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripTravelElementsSearch(
  client: TopClient,
  request: AlitripTravelElementsSearchRequest,
  options?: CallOptions,
): Promise<AlitripTravelElementsSearchResponse> {
  return client.call<AlitripTravelElementsSearchResponse>(
    {
      method: 'alitrip.travel.elements.search',
      responseRoot: 'alitrip_travel_elements_search_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
