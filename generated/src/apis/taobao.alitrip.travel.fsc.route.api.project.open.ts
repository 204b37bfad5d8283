// Generated from specs/axindata/taobao.alitrip.travel.fsc.route.api.project.open.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.alitrip.travel.fsc.route.api.project.open` (打开团期). */
export interface TaobaoAlitripTravelFscRouteApiProjectOpenRequest {
  /** fscProjectOpenRequest */
  fsc_project_open_request: TaobaoAlitripTravelFscRouteApiProjectOpenFscProjectOpenRequestInput;
}

/** Response of `taobao.alitrip.travel.fsc.route.api.project.open`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoAlitripTravelFscRouteApiProjectOpenResponse {
  /** 通用返回结果 */
  top_result?: TaobaoAlitripTravelFscRouteApiProjectOpenTopResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `FscProjectOpenRequest` of `taobao.alitrip.travel.fsc.route.api.project.open`. */
export interface TaobaoAlitripTravelFscRouteApiProjectOpenFscProjectOpenRequestInput {
  /** 产品编号 */
  product_code?: string;
  /** 行程编号 */
  journey_code?: string;
  /** 团期编号列表 */
  project_code_list?: string[];
  /** 供应商ID */
  supplier_id?: string;
}

/** `TopResult` of `taobao.alitrip.travel.fsc.route.api.project.open`. */
export interface TaobaoAlitripTravelFscRouteApiProjectOpenTopResult {
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
  fsc_project_open_request: {
    product_code: 'String',
    journey_code: 'String',
    project_code_list: ['String'],
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

/** Static description of `taobao.alitrip.travel.fsc.route.api.project.open`: method, response root, request and response schemas. */
export const taobaoAlitripTravelFscRouteApiProjectOpenOperation = {
  method: 'taobao.alitrip.travel.fsc.route.api.project.open',
  responseRoot: 'alitrip_travel_fsc_route_api_project_open_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 打开团期 — calls TOP method `taobao.alitrip.travel.fsc.route.api.project.open`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoAlitripTravelFscRouteApiProjectOpen(
  client: TopClient,
  request: TaobaoAlitripTravelFscRouteApiProjectOpenRequest,
  options?: CallOptions,
): Promise<TaobaoAlitripTravelFscRouteApiProjectOpenResponse> {
  return client.call<TaobaoAlitripTravelFscRouteApiProjectOpenResponse>(
    {
      method: 'taobao.alitrip.travel.fsc.route.api.project.open',
      responseRoot: 'alitrip_travel_fsc_route_api_project_open_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
