// Generated from specs/axindata/taobao.alitrip.travel.fsc.route.api.division.apply.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.alitrip.travel.fsc.route.api.division.apply` (线路供应商提交新增城市申请). */
export interface TaobaoAlitripTravelFscRouteApiDivisionApplyRequest {
  /** fscDivisionApplyRequest */
  fsc_division_apply_request: TaobaoAlitripTravelFscRouteApiDivisionApplyFscDivisionApplyRequestInput;
}

/** Response of `taobao.alitrip.travel.fsc.route.api.division.apply`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoAlitripTravelFscRouteApiDivisionApplyResponse {
  /** 通用返回结果 */
  top_result?: TaobaoAlitripTravelFscRouteApiDivisionApplyTopResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `FscDivisionApplyRequest` of `taobao.alitrip.travel.fsc.route.api.division.apply`. */
export interface TaobaoAlitripTravelFscRouteApiDivisionApplyFscDivisionApplyRequestInput {
  /** 城市新增列表 */
  division_list?: TaobaoAlitripTravelFscRouteApiDivisionApplyFscDivisionApplyApiDtoInput[];
  /** 供应商ID */
  supplier_id?: string;
}

/** `FscDivisionApplyApiDto` of `taobao.alitrip.travel.fsc.route.api.division.apply`. */
export interface TaobaoAlitripTravelFscRouteApiDivisionApplyFscDivisionApplyApiDtoInput {
  /** 行政区划外部编号（供应商侧编号） */
  division_outer_id?: string;
  /** 行政区划名称 */
  name?: string;
  /** 行政区划英文名 */
  name_en?: string;
  /** 行政区划父级ID */
  parent_id?: string;
  /** 国家名称 */
  country_name?: string;
  /** 是否境外 */
  abroad?: boolean;
}

/** `TopResult` of `taobao.alitrip.travel.fsc.route.api.division.apply`. */
export interface TaobaoAlitripTravelFscRouteApiDivisionApplyTopResult {
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
  fsc_division_apply_request: {
    division_list: [
      {
        division_outer_id: 'String',
        name: 'String',
        name_en: 'String',
        parent_id: 'String',
        country_name: 'String',
        abroad: 'Boolean',
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

/** Static description of `taobao.alitrip.travel.fsc.route.api.division.apply`: method, response root, request and response schemas. */
export const taobaoAlitripTravelFscRouteApiDivisionApplyOperation = {
  method: 'taobao.alitrip.travel.fsc.route.api.division.apply',
  responseRoot: 'alitrip_travel_fsc_route_api_division_apply_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 线路供应商提交新增城市申请 — calls TOP method `taobao.alitrip.travel.fsc.route.api.division.apply`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoAlitripTravelFscRouteApiDivisionApply(
  client: TopClient,
  request: TaobaoAlitripTravelFscRouteApiDivisionApplyRequest,
  options?: CallOptions,
): Promise<TaobaoAlitripTravelFscRouteApiDivisionApplyResponse> {
  return client.call<TaobaoAlitripTravelFscRouteApiDivisionApplyResponse>(
    {
      method: 'taobao.alitrip.travel.fsc.route.api.division.apply',
      responseRoot: 'alitrip_travel_fsc_route_api_division_apply_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
