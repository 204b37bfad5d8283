// Generated from specs/tmallgeniescp/alibaba.tmallgenie.scp.plan.ctom.consensus.demand.upload.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.tmallgenie.scp.plan.ctom.consensus.demand.upload` (22-C2M共识需求回传接口). */
export interface AlibabaTmallgenieScpPlanCtomConsensusDemandUploadRequest {
  /** 对象 */
  c2_m_consensus_demand_request?: AlibabaTmallgenieScpPlanCtomConsensusDemandUploadC2MConsensusDemandRequestInput;
}

/** Response of `alibaba.tmallgenie.scp.plan.ctom.consensus.demand.upload`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaTmallgenieScpPlanCtomConsensusDemandUploadResponse {
  /** 结果msg */
  result_msg?: string;
  /** 请求唯一ID */
  trace_id?: string;
  /** 结果code */
  result_code?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `C2MConsensusDemandRequest` of `alibaba.tmallgenie.scp.plan.ctom.consensus.demand.upload`. */
export interface AlibabaTmallgenieScpPlanCtomConsensusDemandUploadC2MConsensusDemandRequestInput {
  /** 对象 */
  c2_m_consensus_demand_param_d_t_o_list?: AlibabaTmallgenieScpPlanCtomConsensusDemandUploadC2MConsensusDemandParamDtoInput[];
  /** 扩展参数 */
  request_extend_json?: string;
}

/** `C2MConsensusDemandParamDto` of `alibaba.tmallgenie.scp.plan.ctom.consensus.demand.upload`. */
export interface AlibabaTmallgenieScpPlanCtomConsensusDemandUploadC2MConsensusDemandParamDtoInput {
  /** 关键日期值 */
  key_figure_date?: DateInput;
  /** c2m需求数量 */
  c2m_consensus_demand?: string;
  /** 渠道ID */
  cust_id?: string;
  /** 物料ID */
  prd_id?: string;
  /** 扩展参数 */
  extend_json?: string;
  /** 租户 */
  tenant?: string;
  /** c2m分配数量 */
  c2m_quantity?: string;
}

const REQUEST_SCHEMA = {
  c2_m_consensus_demand_request: {
    c2_m_consensus_demand_param_d_t_o_list: [
      {
        key_figure_date: 'Date',
        c2m_consensus_demand: 'String',
        cust_id: 'String',
        prd_id: 'String',
        extend_json: 'String',
        tenant: 'String',
        c2m_quantity: 'String',
      },
    ],
    request_extend_json: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result_msg: 'String',
  trace_id: 'String',
  result_code: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.tmallgenie.scp.plan.ctom.consensus.demand.upload`: method, response root, request and response schemas. */
export const alibabaTmallgenieScpPlanCtomConsensusDemandUploadOperation = {
  method: 'alibaba.tmallgenie.scp.plan.ctom.consensus.demand.upload',
  responseRoot: 'alibaba_tmallgenie_scp_plan_ctom_consensus_demand_upload_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 22-C2M共识需求回传接口 — calls TOP method `alibaba.tmallgenie.scp.plan.ctom.consensus.demand.upload`.
 *
 * C2M 共识需求回传接口
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaTmallgenieScpPlanCtomConsensusDemandUpload(
  client: TopClient,
  request: AlibabaTmallgenieScpPlanCtomConsensusDemandUploadRequest = {},
  options?: CallOptions,
): Promise<AlibabaTmallgenieScpPlanCtomConsensusDemandUploadResponse> {
  return client.call<AlibabaTmallgenieScpPlanCtomConsensusDemandUploadResponse>(
    {
      method: 'alibaba.tmallgenie.scp.plan.ctom.consensus.demand.upload',
      responseRoot: 'alibaba_tmallgenie_scp_plan_ctom_consensus_demand_upload_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
