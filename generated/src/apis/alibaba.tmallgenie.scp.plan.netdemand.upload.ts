// Generated from specs/tmallgeniescp/alibaba.tmallgenie.scp.plan.netdemand.upload.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.tmallgenie.scp.plan.netdemand.upload` (23-Net Demand净需求回传). */
export interface AlibabaTmallgenieScpPlanNetdemandUploadRequest {
  /** 对象 */
  net_demand_request?: AlibabaTmallgenieScpPlanNetdemandUploadNetDemandRequestInput;
}

/** Response of `alibaba.tmallgenie.scp.plan.netdemand.upload`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaTmallgenieScpPlanNetdemandUploadResponse {
  /** 返回描述 */
  result_msg?: string;
  /** 请求唯一ID */
  trace_id?: string;
  /** 返回码 */
  result_code?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `NetDemandRequest` of `alibaba.tmallgenie.scp.plan.netdemand.upload`. */
export interface AlibabaTmallgenieScpPlanNetdemandUploadNetDemandRequestInput {
  /** 对象 */
  net_demand_d_t_os?: AlibabaTmallgenieScpPlanNetdemandUploadNetDemandDtoInput[];
  /** 扩展参数 */
  request_extend_json?: string;
}

/** `NetDemandDto` of `alibaba.tmallgenie.scp.plan.netdemand.upload`. */
export interface AlibabaTmallgenieScpPlanNetdemandUploadNetDemandDtoInput {
  /** 扩展参数 */
  extend_json?: string;
  /** 租户 */
  tenant?: string;
  /** 关键日期值 */
  key_figure_date?: DateInput;
  /** 净需求值 */
  net_demand?: Int64Input;
  /** 地点 */
  locid?: string;
  /** 物料号 */
  prdid?: string;
}

const REQUEST_SCHEMA = {
  net_demand_request: {
    net_demand_d_t_os: [
      {
        extend_json: 'String',
        tenant: 'String',
        key_figure_date: 'Date',
        net_demand: 'Number',
        locid: 'String',
        prdid: 'String',
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

/** Static description of `alibaba.tmallgenie.scp.plan.netdemand.upload`: method, response root, request and response schemas. */
export const alibabaTmallgenieScpPlanNetdemandUploadOperation = {
  method: 'alibaba.tmallgenie.scp.plan.netdemand.upload',
  responseRoot: 'alibaba_tmallgenie_scp_plan_netdemand_upload_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 23-Net Demand净需求回传 — calls TOP method `alibaba.tmallgenie.scp.plan.netdemand.upload`.
 *
 * Net Demand净需求回传
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaTmallgenieScpPlanNetdemandUpload(
  client: TopClient,
  request: AlibabaTmallgenieScpPlanNetdemandUploadRequest = {},
  options?: CallOptions,
): Promise<AlibabaTmallgenieScpPlanNetdemandUploadResponse> {
  return client.call<AlibabaTmallgenieScpPlanNetdemandUploadResponse>(
    {
      method: 'alibaba.tmallgenie.scp.plan.netdemand.upload',
      responseRoot: 'alibaba_tmallgenie_scp_plan_netdemand_upload_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
