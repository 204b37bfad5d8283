// Generated from specs/axindata/taobao.alitrip.travel.fsc.route.api.product.online.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.alitrip.travel.fsc.route.api.product.online` (产品上线). */
export interface TaobaoAlitripTravelFscRouteApiProductOnlineRequest {
  /** fscProductOnlineRequest */
  fsc_product_online_request: TaobaoAlitripTravelFscRouteApiProductOnlineFscProductOnlineRequestInput;
}

/** Response of `taobao.alitrip.travel.fsc.route.api.product.online`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoAlitripTravelFscRouteApiProductOnlineResponse {
  /** 通用返回结果 */
  top_result?: TaobaoAlitripTravelFscRouteApiProductOnlineTopResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `FscProductOnlineRequest` of `taobao.alitrip.travel.fsc.route.api.product.online`. */
export interface TaobaoAlitripTravelFscRouteApiProductOnlineFscProductOnlineRequestInput {
  /** 产品编号列表 */
  product_code_list?: string[];
  /** 供应商ID */
  supplier_id?: string;
}

/** `TopResult` of `taobao.alitrip.travel.fsc.route.api.product.online`. */
export interface TaobaoAlitripTravelFscRouteApiProductOnlineTopResult {
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
  fsc_product_online_request: {
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

/** Static description of `taobao.alitrip.travel.fsc.route.api.product.online`: method, response root, request and response schemas. */
export const taobaoAlitripTravelFscRouteApiProductOnlineOperation = {
  method: 'taobao.alitrip.travel.fsc.route.api.product.online',
  responseRoot: 'alitrip_travel_fsc_route_api_product_online_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 产品上线 — calls TOP method `taobao.alitrip.travel.fsc.route.api.product.online`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoAlitripTravelFscRouteApiProductOnline(
  client: TopClient,
  request: TaobaoAlitripTravelFscRouteApiProductOnlineRequest,
  options?: CallOptions,
): Promise<TaobaoAlitripTravelFscRouteApiProductOnlineResponse> {
  return client.call<TaobaoAlitripTravelFscRouteApiProductOnlineResponse>(
    {
      method: 'taobao.alitrip.travel.fsc.route.api.product.online',
      responseRoot: 'alitrip_travel_fsc_route_api_product_online_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
