// Generated from specs/axindata/taobao.alitrip.travel.fsc.route.api.product.offline.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.alitrip.travel.fsc.route.api.product.offline` (产品下线). */
export interface TaobaoAlitripTravelFscRouteApiProductOfflineRequest {
  /** fscProductOfflineRequest */
  fsc_product_offline_request: TaobaoAlitripTravelFscRouteApiProductOfflineFscProductOfflineRequestInput;
}

/** Response of `taobao.alitrip.travel.fsc.route.api.product.offline`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoAlitripTravelFscRouteApiProductOfflineResponse {
  /** 通用返回结果 */
  top_result?: TaobaoAlitripTravelFscRouteApiProductOfflineTopResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `FscProductOfflineRequest` of `taobao.alitrip.travel.fsc.route.api.product.offline`. */
export interface TaobaoAlitripTravelFscRouteApiProductOfflineFscProductOfflineRequestInput {
  /** 产品编号列表 */
  product_code_list?: string[];
  /** 供应商ID */
  supplier_id?: string;
}

/** `TopResult` of `taobao.alitrip.travel.fsc.route.api.product.offline`. */
export interface TaobaoAlitripTravelFscRouteApiProductOfflineTopResult {
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
  fsc_product_offline_request: {
    product_code_list: ['String'],
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

/** Static description of `taobao.alitrip.travel.fsc.route.api.product.offline`: method, response root, request and response schemas. */
export const taobaoAlitripTravelFscRouteApiProductOfflineOperation = {
  method: 'taobao.alitrip.travel.fsc.route.api.product.offline',
  responseRoot: 'alitrip_travel_fsc_route_api_product_offline_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 产品下线 — calls TOP method `taobao.alitrip.travel.fsc.route.api.product.offline`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoAlitripTravelFscRouteApiProductOffline(
  client: TopClient,
  request: TaobaoAlitripTravelFscRouteApiProductOfflineRequest,
  options?: CallOptions,
): Promise<TaobaoAlitripTravelFscRouteApiProductOfflineResponse> {
  return client.call<TaobaoAlitripTravelFscRouteApiProductOfflineResponse>(
    {
      method: 'taobao.alitrip.travel.fsc.route.api.product.offline',
      responseRoot: 'alitrip_travel_fsc_route_api_product_offline_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
