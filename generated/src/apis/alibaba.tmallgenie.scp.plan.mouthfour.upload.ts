// Generated from specs/tmallgeniescp/alibaba.tmallgenie.scp.plan.mouthfour.upload.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.tmallgenie.scp.plan.mouthfour.upload` (21-M+4PR 回传接口接口). */
export interface AlibabaTmallgenieScpPlanMouthfourUploadRequest {
  /** 请求参数 */
  month_four_pr_request?: AlibabaTmallgenieScpPlanMouthfourUploadMonthFourPrRequestInput;
}

/** Response of `alibaba.tmallgenie.scp.plan.mouthfour.upload`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaTmallgenieScpPlanMouthfourUploadResponse {
  /** 结果msg */
  result_msg?: string;
  /** 请求唯一ID */
  trace_id?: string;
  /** 结果code */
  result_code?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `MonthFourPrRequest` of `alibaba.tmallgenie.scp.plan.mouthfour.upload`. */
export interface AlibabaTmallgenieScpPlanMouthfourUploadMonthFourPrRequestInput {
  /** 请求参数 */
  month_four_pr_param_d_t_o_s?: AlibabaTmallgenieScpPlanMouthfourUploadMonthFourPrParamDtoInput[];
  /** 扩展参数 */
  request_extend_json?: string;
}

/** `MonthFourPrParamDto` of `alibaba.tmallgenie.scp.plan.mouthfour.upload`. */
export interface AlibabaTmallgenieScpPlanMouthfourUploadMonthFourPrParamDtoInput {
  /** 关键值日期 */
  key_figure_date?: DateInput;
  /** PR数量 */
  pr_qty?: string;
  /** 产品线 */
  production_line?: string;
  /** 扩展参数 */
  extend_json?: string;
  /** 租户 */
  tenant?: string;
}

const REQUEST_SCHEMA = {
  month_four_pr_request: {
    month_four_pr_param_d_t_o_s: [
      {
        key_figure_date: 'Date',
        pr_qty: 'String',
        production_line: 'String',
        extend_json: 'String',
        tenant: 'String',
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

/** Static description of `alibaba.tmallgenie.scp.plan.mouthfour.upload`: method, response root, request and response schemas. */
export const alibabaTmallgenieScpPlanMouthfourUploadOperation = {
  method: 'alibaba.tmallgenie.scp.plan.mouthfour.upload',
  responseRoot: 'alibaba_tmallgenie_scp_plan_mouthfour_upload_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 21-M+4PR 回传接口接口 — calls TOP method `alibaba.tmallgenie.scp.plan.mouthfour.upload`.
 *
 * M+4 PR 回传接口
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaTmallgenieScpPlanMouthfourUpload(
  client: TopClient,
  request: AlibabaTmallgenieScpPlanMouthfourUploadRequest = {},
  options?: CallOptions,
): Promise<AlibabaTmallgenieScpPlanMouthfourUploadResponse> {
  return client.call<AlibabaTmallgenieScpPlanMouthfourUploadResponse>(
    {
      method: 'alibaba.tmallgenie.scp.plan.mouthfour.upload',
      responseRoot: 'alibaba_tmallgenie_scp_plan_mouthfour_upload_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
