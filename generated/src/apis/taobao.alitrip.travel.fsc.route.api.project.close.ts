// Generated from specs/axindata/taobao.alitrip.travel.fsc.route.api.project.close.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.alitrip.travel.fsc.route.api.project.close` (关闭团期). */
export interface TaobaoAlitripTravelFscRouteApiProjectCloseRequest {
  /** fscProjectCloseRequest */
  fsc_project_close_request: TaobaoAlitripTravelFscRouteApiProjectCloseFscProjectCloseRequestInput;
}

/** Response of `taobao.alitrip.travel.fsc.route.api.project.close`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoAlitripTravelFscRouteApiProjectCloseResponse {
  /** 通用返回结果 */
  top_result?: TaobaoAlitripTravelFscRouteApiProjectCloseTopResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `FscProjectCloseRequest` of `taobao.alitrip.travel.fsc.route.api.project.close`. */
export interface TaobaoAlitripTravelFscRouteApiProjectCloseFscProjectCloseRequestInput {
  /** 产品编号 */
  product_code?: string;
  /** 行程编号 */
  journey_code?: string;
  /** 团期编号列表 */
  project_code_list?: string[];
  /** 供应商ID */
  supplier_id?: string;
}

/** `TopResult` of `taobao.alitrip.travel.fsc.route.api.project.close`. */
export interface TaobaoAlitripTravelFscRouteApiProjectCloseTopResult {
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
  fsc_project_close_request: {
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

/** Static description of `taobao.alitrip.travel.fsc.route.api.project.close`: method, response root, request and response schemas. */
export const taobaoAlitripTravelFscRouteApiProjectCloseOperation = {
  method: 'taobao.alitrip.travel.fsc.route.api.project.close',
  responseRoot: 'alitrip_travel_fsc_route_api_project_close_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 关闭团期 — calls TOP method `taobao.alitrip.travel.fsc.route.api.project.close`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoAlitripTravelFscRouteApiProjectClose(
  client: TopClient,
  request: TaobaoAlitripTravelFscRouteApiProjectCloseRequest,
  options?: CallOptions,
): Promise<TaobaoAlitripTravelFscRouteApiProjectCloseResponse> {
  return client.call<TaobaoAlitripTravelFscRouteApiProjectCloseResponse>(
    {
      method: 'taobao.alitrip.travel.fsc.route.api.project.close',
      responseRoot: 'alitrip_travel_fsc_route_api_project_close_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
