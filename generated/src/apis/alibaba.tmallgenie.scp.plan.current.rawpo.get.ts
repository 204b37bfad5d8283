// Generated from specs/tmallgeniescp/alibaba.tmallgenie.scp.plan.current.rawpo.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.tmallgenie.scp.plan.current.rawpo.get` (二级物料-PO数据同步). */
export interface AlibabaTmallgenieScpPlanCurrentRawpoGetRequest {
  /** 系统自动生成 */
  param_request?: AlibabaTmallgenieScpPlanCurrentRawpoGetAbstractRequestInput;
}

/** Response of `alibaba.tmallgenie.scp.plan.current.rawpo.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaTmallgenieScpPlanCurrentRawpoGetResponse {
  /** 返回对象封装 */
  result?: AlibabaTmallgenieScpPlanCurrentRawpoGetDataResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `AbstractRequest` of `alibaba.tmallgenie.scp.plan.current.rawpo.get`. */
export interface AlibabaTmallgenieScpPlanCurrentRawpoGetAbstractRequestInput {
  /** 扩展参数 */
  request_extend_json?: string;
}

/** `DataResult` of `alibaba.tmallgenie.scp.plan.current.rawpo.get`. */
export interface AlibabaTmallgenieScpPlanCurrentRawpoGetDataResult {
  /** 结果msg */
  result_msg?: string;
  /** 请求唯一id */
  trace_id?: string;
  /** 结果code */
  result_code?: string;
  /** 返回对象封装 */
  data_list?: AlibabaTmallgenieScpPlanCurrentRawpoGetIbpPurchaseOrderDto[];
}

/** `IbpPurchaseOrderDto` of `alibaba.tmallgenie.scp.plan.current.rawpo.get`. */
export interface AlibabaTmallgenieScpPlanCurrentRawpoGetIbpPurchaseOrderDto {
  /** 计划数量 */
  plan_quantity?: Int64;
  /** 二级物料-物料编码 */
  materiel_code?: string;
  /** 二级物料-供应商loc */
  location_code?: string;
  /** 扩展参数 */
  extend_json?: string;
  /** 租户 */
  tenant?: string;
  /** 关键日期值 */
  key_figure_date?: string;
  /** 二级物料-分仓目的仓code */
  location_code_to?: string;
}

const REQUEST_SCHEMA = {
  param_request: {
    request_extend_json: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    result_msg: 'String',
    trace_id: 'String',
    result_code: 'String',
    data_list: [
      {
        plan_quantity: 'Number',
        materiel_code: 'String',
        location_code: 'String',
        extend_json: 'String',
        tenant: 'String',
        key_figure_date: 'Date',
        location_code_to: 'String',
      },
    ],
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.tmallgenie.scp.plan.current.rawpo.get`: method, response root, request and response schemas. */
export const alibabaTmallgenieScpPlanCurrentRawpoGetOperation = {
  method: 'alibaba.tmallgenie.scp.plan.current.rawpo.get',
  responseRoot: 'alibaba_tmallgenie_scp_plan_current_rawpo_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 二级物料-PO数据同步 — calls TOP method `alibaba.tmallgenie.scp.plan.current.rawpo.get`.
 *
 * 二级物料-PO数据同步（WO-W[TL])
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaTmallgenieScpPlanCurrentRawpoGet(
  client: TopClient,
  request: AlibabaTmallgenieScpPlanCurrentRawpoGetRequest = {},
  options?: CallOptions,
): Promise<AlibabaTmallgenieScpPlanCurrentRawpoGetResponse> {
  return client.call<AlibabaTmallgenieScpPlanCurrentRawpoGetResponse>(
    {
      method: 'alibaba.tmallgenie.scp.plan.current.rawpo.get',
      responseRoot: 'alibaba_tmallgenie_scp_plan_current_rawpo_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
