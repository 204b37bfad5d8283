// Generated from specs/axindata/taobao.alitrip.travel.fsc.route.api.product.label.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.alitrip.travel.fsc.route.api.product.label.get` (获取线路主题). */
export interface TaobaoAlitripTravelFscRouteApiProductLabelGetRequest {
  /** fscProductLabelQueryRequest */
  fsc_product_label_query_request: TaobaoAlitripTravelFscRouteApiProductLabelGetFscProductLabelQueryRequestInput;
}

/** Response of `taobao.alitrip.travel.fsc.route.api.product.label.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoAlitripTravelFscRouteApiProductLabelGetResponse {
  /** 通用返回结果 */
  top_result?: TaobaoAlitripTravelFscRouteApiProductLabelGetTopResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `FscProductLabelQueryRequest` of `taobao.alitrip.travel.fsc.route.api.product.label.get`. */
export interface TaobaoAlitripTravelFscRouteApiProductLabelGetFscProductLabelQueryRequestInput {
  /** 主题类目 INTL_GROUP_TRAVEL：出境线路 DOM_GROUP_TRAVEL：国内线路 */
  category_id?: string;
  /** 父节点主题ID */
  parent_label_id?: string;
  /** 分页大小（最大100） */
  page_size?: Int64Input;
  /** 页码 */
  page_index?: Int64Input;
  /** 供应商id */
  supplier_id?: string;
}

/** `TopResult` of `taobao.alitrip.travel.fsc.route.api.product.label.get`. */
export interface TaobaoAlitripTravelFscRouteApiProductLabelGetTopResult {
  /** 是否成功 */
  success?: boolean;
  /** 错误码 */
  error_code?: string;
  /** 错误信息 */
  error_msg?: string;
  /** 业务数据 */
  fsc_product_label_api_response?: TaobaoAlitripTravelFscRouteApiProductLabelGetFscProductLabelApiResponse;
}

/** `FscProductLabelApiResponse` of `taobao.alitrip.travel.fsc.route.api.product.label.get`. */
export interface TaobaoAlitripTravelFscRouteApiProductLabelGetFscProductLabelApiResponse {
  /** 数据总条数 */
  total?: Int64;
  /** 分页大小（最大100） */
  page_size?: Int64;
  /** 页码 */
  page_index?: Int64;
  /** 返回数据 */
  data?: TaobaoAlitripTravelFscRouteApiProductLabelGetFscProductLabelApiDto[];
}

/** `FscProductLabelApiDto` of `taobao.alitrip.travel.fsc.route.api.product.label.get`. */
export interface TaobaoAlitripTravelFscRouteApiProductLabelGetFscProductLabelApiDto {
  /** 线路主题ID */
  product_label_id?: string;
  /** 线路主题名称 */
  product_label_name?: string;
  /** 主题层级 */
  product_label_level?: Int64;
  /** 父级线路主题ID */
  parent_label_id?: string;
  /** 根节点线路主题ID */
  root_label_id?: string;
}

const REQUEST_SCHEMA = {
  fsc_product_label_query_request: {
    category_id: 'String',
    parent_label_id: 'String',
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
    fsc_product_label_api_response: {
      total: 'Number',
      page_size: 'Number',
      page_index: 'Number',
      data: [
        {
          product_label_id: 'String',
          product_label_name: 'String',
          product_label_level: 'Number',
          parent_label_id: 'String',
          root_label_id: 'String',
        },
      ],
    },
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.alitrip.travel.fsc.route.api.product.label.get`: method, response root, request and response schemas. */
export const taobaoAlitripTravelFscRouteApiProductLabelGetOperation = {
  method: 'taobao.alitrip.travel.fsc.route.api.product.label.get',
  responseRoot: 'alitrip_travel_fsc_route_api_product_label_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取线路主题 — calls TOP method `taobao.alitrip.travel.fsc.route.api.product.label.get`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoAlitripTravelFscRouteApiProductLabelGet(
  client: TopClient,
  request: TaobaoAlitripTravelFscRouteApiProductLabelGetRequest,
  options?: CallOptions,
): Promise<TaobaoAlitripTravelFscRouteApiProductLabelGetResponse> {
  return client.call<TaobaoAlitripTravelFscRouteApiProductLabelGetResponse>(
    {
      method: 'taobao.alitrip.travel.fsc.route.api.product.label.get',
      responseRoot: 'alitrip_travel_fsc_route_api_product_label_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
