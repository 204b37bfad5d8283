// Generated from specs/tmallgeniescp/alibaba.tmallgenie.scp.plan.correct.supplier.quote.upload.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.tmallgenie.scp.plan.correct.supplier.quote.upload` (供应商校准后的配额同步). */
export interface AlibabaTmallgenieScpPlanCorrectSupplierQuoteUploadRequest {
  /** 对象 */
  net_demand_request?: AlibabaTmallgenieScpPlanCorrectSupplierQuoteUploadNetDemandRequestInput;
}

/** Response of `alibaba.tmallgenie.scp.plan.correct.supplier.quote.upload`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaTmallgenieScpPlanCorrectSupplierQuoteUploadResponse {
  /** 返回描述 */
  result_msg?: string;
  /** 请求唯一ID */
  trace_id?: string;
  /** 返回码 */
  result_code?: string;
  /** 对象列表 */
  data_list?: AlibabaTmallgenieScpPlanCorrectSupplierQuoteUploadChannelQuotaDto[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `NetDemandRequest` of `alibaba.tmallgenie.scp.plan.correct.supplier.quote.upload`. */
export interface AlibabaTmallgenieScpPlanCorrectSupplierQuoteUploadNetDemandRequestInput {
  /** 扩展参数 */
  request_extend_json?: string;
}

/** `ChannelQuotaDto` of `alibaba.tmallgenie.scp.plan.correct.supplier.quote.upload`. */
export interface AlibabaTmallgenieScpPlanCorrectSupplierQuoteUploadChannelQuotaDto {
  /** 关键日期值 */
  key_figure_date?: string;
  /** 比例（精确到2位小数：0.34） */
  ratio?: string;
  /** 物料code */
  materiel_code?: string;
  /** 地点code */
  location_code?: string;
  /** 扩展参数 */
  extend_json?: string;
  /** 租户 */
  tenant?: string;
}

const REQUEST_SCHEMA = {
  net_demand_request: {
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

/** Static description of `alibaba.tmallgenie.scp.plan.correct.supplier.quote.upload`: method, response root, request and response schemas. */
export const alibabaTmallgenieScpPlanCorrectSupplierQuoteUploadOperation = {
  method: 'alibaba.tmallgenie.scp.plan.correct.supplier.quote.upload',
  responseRoot: 'alibaba_tmallgenie_scp_plan_correct_supplier_quote_upload_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 供应商校准后的配额同步 — calls TOP method `alibaba.tmallgenie.scp.plan.correct.supplier.quote.upload`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaTmallgenieScpPlanCorrectSupplierQuoteUpload(
  client: TopClient,
  request: AlibabaTmallgenieScpPlanCorrectSupplierQuoteUploadRequest = {},
  options?: CallOptions,
): Promise<AlibabaTmallgenieScpPlanCorrectSupplierQuoteUploadResponse> {
  return client.call<AlibabaTmallgenieScpPlanCorrectSupplierQuoteUploadResponse>(
    {
      method: 'alibaba.tmallgenie.scp.plan.correct.supplier.quote.upload',
      responseRoot: 'alibaba_tmallgenie_scp_plan_correct_supplier_quote_upload_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
