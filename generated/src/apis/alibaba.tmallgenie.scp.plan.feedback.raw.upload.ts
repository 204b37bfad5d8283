// Generated from specs/tmallgeniescp/alibaba.tmallgenie.scp.plan.feedback.raw.upload.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.tmallgenie.scp.plan.feedback.raw.upload` (15-供应商反馈（原料）同步接口). */
export interface AlibabaTmallgenieScpPlanFeedbackRawUploadRequest {
  /** 扩展参数 */
  request_extend_json?: string;
}

/** Response of `alibaba.tmallgenie.scp.plan.feedback.raw.upload`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaTmallgenieScpPlanFeedbackRawUploadResponse {
  /** 返回对象封装 */
  result?: AlibabaTmallgenieScpPlanFeedbackRawUploadDataResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `DataResult` of `alibaba.tmallgenie.scp.plan.feedback.raw.upload`. */
export interface AlibabaTmallgenieScpPlanFeedbackRawUploadDataResult {
  /** 结果msg */
  result_msg?: string;
  /** 请求唯一ID */
  trace_id?: string;
  /** 结果code */
  result_code?: string;
  /** 对象 */
  data_list?: AlibabaTmallgenieScpPlanFeedbackRawUploadSupplierFeedbackDto[];
}

/** `SupplierFeedbackDto` of `alibaba.tmallgenie.scp.plan.feedback.raw.upload`. */
export interface AlibabaTmallgenieScpPlanFeedbackRawUploadSupplierFeedbackDto {
  /** 扩展参数 */
  extend_json?: string;
  /** 租户 */
  tenant?: string;
  /** 关键值日期 */
  key_figure_date?: string;
  /** 承诺反馈数量 */
  commit_qty?: string;
  /** 地点 - 二级物料供应商 */
  location_code?: string;
  /** 物料号 */
  prd_id?: string;
  /** 地点 - 采购分仓目的loc */
  location_code_to?: string;
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
        extend_json: 'String',
        tenant: 'String',
        key_figure_date: 'Date',
        commit_qty: 'String',
        location_code: 'String',
        prd_id: 'String',
        location_code_to: 'String',
      },
    ],
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.tmallgenie.scp.plan.feedback.raw.upload`: method, response root, request and response schemas. */
export const alibabaTmallgenieScpPlanFeedbackRawUploadOperation = {
  method: 'alibaba.tmallgenie.scp.plan.feedback.raw.upload',
  responseRoot: 'alibaba_tmallgenie_scp_plan_feedback_raw_upload_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 15-供应商反馈（原料）同步接口 — calls TOP method `alibaba.tmallgenie.scp.plan.feedback.raw.upload`.
 *
 * 供应商反馈（原料）同步接口
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaTmallgenieScpPlanFeedbackRawUpload(
  client: TopClient,
  request: AlibabaTmallgenieScpPlanFeedbackRawUploadRequest = {},
  options?: CallOptions,
): Promise<AlibabaTmallgenieScpPlanFeedbackRawUploadResponse> {
  return client.call<AlibabaTmallgenieScpPlanFeedbackRawUploadResponse>(
    {
      method: 'alibaba.tmallgenie.scp.plan.feedback.raw.upload',
      responseRoot: 'alibaba_tmallgenie_scp_plan_feedback_raw_upload_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
