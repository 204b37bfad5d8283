// Generated from specs/tmallgeniescp/alibaba.tmallgenie.scp.plan.current.po.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.tmallgenie.scp.plan.current.po.get` (11-同步本周的po单（从W-1周到W+4周）). */
export interface AlibabaTmallgenieScpPlanCurrentPoGetRequest {
  /** 扩展参数 */
  request_extend_json?: string;
}

/** Response of `alibaba.tmallgenie.scp.plan.current.po.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaTmallgenieScpPlanCurrentPoGetResponse {
  /** 返回对象封装 */
  result?: AlibabaTmallgenieScpPlanCurrentPoGetDataResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `DataResult` of `alibaba.tmallgenie.scp.plan.current.po.get`. */
export interface AlibabaTmallgenieScpPlanCurrentPoGetDataResult {
  /** 结果msg */
  result_msg?: string;
  /** 请求唯一id */
  trace_id?: string;
  /** 结果code */
  result_code?: string;
  /** 返回对象封装 */
  data_list?: AlibabaTmallgenieScpPlanCurrentPoGetIbpPurchaseOrderDto[];
}

/** `IbpPurchaseOrderDto` of `alibaba.tmallgenie.scp.plan.current.po.get`. */
export interface AlibabaTmallgenieScpPlanCurrentPoGetIbpPurchaseOrderDto {
  /** 周 */
  week_n_o?: string;
  /** 生产实绩数量 */
  production_quantity?: Int64;
  /** 紧急的计划数量 */
  urgent_plan_quantity?: Int64;
  /** 普通的计划数量 */
  normal_plan_quantity?: Int64;
  /** 计划数量 */
  plan_quantity?: Int64;
  /** 物料编码 */
  materiel_code?: string;
  /** 地点编码 */
  location_code?: string;
  /** 扩展参数 */
  extend_json?: string;
  /** 租户 */
  tenant?: string;
  /** 关键日期值 */
  key_figure_date?: string;
}

const REQUEST_SCHEMA = {
  request_extend_json: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    result_msg: 'String',
    trace_id: 'String',
    result_code: 'String',
    data_list: [
      {
        week_n_o: 'String',
        production_quantity: 'Number',
        urgent_plan_quantity: 'Number',
        normal_plan_quantity: 'Number',
        plan_quantity: 'Number',
        materiel_code: 'String',
        location_code: 'String',
        extend_json: 'String',
        tenant: 'String',
        key_figure_date: 'Date',
      },
    ],
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.tmallgenie.scp.plan.current.po.get`: method, response root, request and response schemas. */
export const alibabaTmallgenieScpPlanCurrentPoGetOperation = {
  method: 'alibaba.tmallgenie.scp.plan.current.po.get',
  responseRoot: 'alibaba_tmallgenie_scp_plan_current_po_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 11-同步本周的po单（从W-1周到W+4周） — calls TOP method `alibaba.tmallgenie.scp.plan.current.po.get`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaTmallgenieScpPlanCurrentPoGet(
  client: TopClient,
  request: AlibabaTmallgenieScpPlanCurrentPoGetRequest = {},
  options?: CallOptions,
): Promise<AlibabaTmallgenieScpPlanCurrentPoGetResponse> {
  return client.call<AlibabaTmallgenieScpPlanCurrentPoGetResponse>(
    {
      method: 'alibaba.tmallgenie.scp.plan.current.po.get',
      responseRoot: 'alibaba_tmallgenie_scp_plan_current_po_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
