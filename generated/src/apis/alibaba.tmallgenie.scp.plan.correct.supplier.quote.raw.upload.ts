// Generated from specs/tmallgeniescp/alibaba.tmallgenie.scp.plan.correct.supplier.quote.raw.upload.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.tmallgenie.scp.plan.correct.supplier.quote.raw.upload` (同步供应商校准后的配额-二级物料). */
export interface AlibabaTmallgenieScpPlanCorrectSupplierQuoteRawUploadRequest {
  /** 对象 */
  current_quote_raw_request?: AlibabaTmallgenieScpPlanCorrectSupplierQuoteRawUploadAbstractRequestInput;
}

/** Response of `alibaba.tmallgenie.scp.plan.correct.supplier.quote.raw.upload`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaTmallgenieScpPlanCorrectSupplierQuoteRawUploadResponse {
  /** 返回描述 */
  result_msg?: string;
  /** 请求唯一ID */
  trace_id?: string;
  /** 返回码 */
  result_code?: string;
  /** 对象列表 */
  data_list?: AlibabaTmallgenieScpPlanCorrectSupplierQuoteRawUploadCurrentQuotaDto[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `AbstractRequest` of `alibaba.tmallgenie.scp.plan.correct.supplier.quote.raw.upload`. */
export interface AlibabaTmallgenieScpPlanCorrectSupplierQuoteRawUploadAbstractRequestInput {
  /** 扩展参数 */
  request_extend_json?: string;
}

/** `CurrentQuotaDto` of `alibaba.tmallgenie.scp.plan.correct.supplier.quote.raw.upload`. */
export interface AlibabaTmallgenieScpPlanCorrectSupplierQuoteRawUploadCurrentQuotaDto {
  /** 关键日期值 */
  key_figure_date?: string;
  /** 比例（精确到2位小数：0.34） */
  ratio?: string;
  /** 二级物料-物料编码 */
  materiel_code?: string;
  /** 二级物料供应商-locCode */
  location_code?: string;
  /** 扩展参数 */
  extend_json?: string;
  /** 租户 */
  tenant?: string;
}

const REQUEST_SCHEMA = {
  current_quote_raw_request: {
    request_extend_json: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result_msg: 'String',
  trace_id: 'String',
  result_code: 'String',
  data_list: [
    {
      key_figure_date: 'Date',
      ratio: 'String',
      materiel_code: 'String',
      location_code: 'String',
      extend_json: 'String',
      tenant: 'String',
    },
  ],
} as const satisfies ObjectSchema;

/** Static description of `alibaba.tmallgenie.scp.plan.correct.supplier.quote.raw.upload`: method, response root, request and response schemas. */
export const alibabaTmallgenieScpPlanCorrectSupplierQuoteRawUploadOperation = {
  method: 'alibaba.tmallgenie.scp.plan.correct.supplier.quote.raw.upload',
  responseRoot: 'alibaba_tmallgenie_scp_plan_correct_supplier_quote_raw_upload_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 同步供应商校准后的配额-二级物料 — calls TOP method `alibaba.tmallgenie.scp.plan.correct.supplier.quote.raw.upload`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaTmallgenieScpPlanCorrectSupplierQuoteRawUpload(
  client: TopClient,
  request: AlibabaTmallgenieScpPlanCorrectSupplierQuoteRawUploadRequest = {},
  options?: CallOptions,
): Promise<AlibabaTmallgenieScpPlanCorrectSupplierQuoteRawUploadResponse> {
  return client.call<AlibabaTmallgenieScpPlanCorrectSupplierQuoteRawUploadResponse>(
    {
      method: 'alibaba.tmallgenie.scp.plan.correct.supplier.quote.raw.upload',
      responseRoot: 'alibaba_tmallgenie_scp_plan_correct_supplier_quote_raw_upload_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
