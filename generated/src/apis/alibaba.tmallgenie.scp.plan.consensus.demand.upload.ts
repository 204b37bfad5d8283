// Generated from specs/tmallgeniescp/alibaba.tmallgenie.scp.plan.consensus.demand.upload.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.tmallgenie.scp.plan.consensus.demand.upload` (20-IBP共识需求回传接口). */
export interface AlibabaTmallgenieScpPlanConsensusDemandUploadRequest {
  /** 入参 */
  consensus_demand_request?: AlibabaTmallgenieScpPlanConsensusDemandUploadConsensusDemandRequestInput;
}

/** Response of `alibaba.tmallgenie.scp.plan.consensus.demand.upload`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaTmallgenieScpPlanConsensusDemandUploadResponse {
  /** 接口返回model */
  result?: AlibabaTmallgenieScpPlanConsensusDemandUploadResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ConsensusDemandRequest` of `alibaba.tmallgenie.scp.plan.consensus.demand.upload`. */
export interface AlibabaTmallgenieScpPlanConsensusDemandUploadConsensusDemandRequestInput {
  /** 入参对象列表 */
  consensus_demand_param_d_t_o_list?: AlibabaTmallgenieScpPlanConsensusDemandUploadConsensusDemandParamDtoInput[];
  /** 扩展参数 */
  request_extend_json?: string;
}

/** `ConsensusDemandParamDto` of `alibaba.tmallgenie.scp.plan.consensus.demand.upload`. */
export interface AlibabaTmallgenieScpPlanConsensusDemandUploadConsensusDemandParamDtoInput {
  /** 物料号 */
  prd_id: string;
  /** 渠道 */
  cust_id: string;
  /** 共识需求数量 */
  consensus_demand: string;
  /** 关键值日期 */
  key_figure_date: DateInput;
  /** 租户 */
  tenant?: string;
  /** 元素扩展参数 */
  extend_json?: string;
}

/** `Result` of `alibaba.tmallgenie.scp.plan.consensus.demand.upload`. */
export interface AlibabaTmallgenieScpPlanConsensusDemandUploadResult {
  /** 结果描述 */
  msg?: string;
  /** 结果码 */
  code?: string;
  /** 是否成功 */
  suc?: boolean;
}

const REQUEST_SCHEMA = {
  consensus_demand_request: {
    consensus_demand_param_d_t_o_list: [
      {
        prd_id: 'String',
        cust_id: 'String',
        consensus_demand: 'String',
        key_figure_date: 'Date',
        tenant: 'String',
        extend_json: 'String',
      },
    ],
    request_extend_json: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    msg: 'String',
    code: 'String',
    suc: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.tmallgenie.scp.plan.consensus.demand.upload`: method, response root, request and response schemas. */
export const alibabaTmallgenieScpPlanConsensusDemandUploadOperation = {
  method: 'alibaba.tmallgenie.scp.plan.consensus.demand.upload',
  responseRoot: 'alibaba_tmallgenie_scp_plan_consensus_demand_upload_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 20-IBP共识需求回传接口 — calls TOP method `alibaba.tmallgenie.scp.plan.consensus.demand.upload`.
 *
 * IBP共识需求回传接口
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaTmallgenieScpPlanConsensusDemandUpload(
  client: TopClient,
  request: AlibabaTmallgenieScpPlanConsensusDemandUploadRequest = {},
  options?: CallOptions,
): Promise<AlibabaTmallgenieScpPlanConsensusDemandUploadResponse> {
  return client.call<AlibabaTmallgenieScpPlanConsensusDemandUploadResponse>(
    {
      method: 'alibaba.tmallgenie.scp.plan.consensus.demand.upload',
      responseRoot: 'alibaba_tmallgenie_scp_plan_consensus_demand_upload_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
