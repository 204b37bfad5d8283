// Generated from specs/tmallgeniescp/alibaba.tmallgenie.scp.plan.forecast.oem.upload.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.tmallgenie.scp.plan.forecast.oem.upload` (16-供应商预测（OEM-成品）回传接口). */
export interface AlibabaTmallgenieScpPlanForecastOemUploadRequest {
  /** 请求参数 */
  supplier_forecast_request?: AlibabaTmallgenieScpPlanForecastOemUploadSupplierForecastRequestInput;
}

/** Response of `alibaba.tmallgenie.scp.plan.forecast.oem.upload`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaTmallgenieScpPlanForecastOemUploadResponse {
  /** 参数msg */
  result_msg?: string;
  /** 请求唯一ID */
  trace_id?: string;
  /** 参数code */
  result_code?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `SupplierForecastRequest` of `alibaba.tmallgenie.scp.plan.forecast.oem.upload`. */
export interface AlibabaTmallgenieScpPlanForecastOemUploadSupplierForecastRequestInput {
  /** 请求参数 */
  supplier_forecast_param_d_t_o_list?: AlibabaTmallgenieScpPlanForecastOemUploadSupplierForecastParamDtoInput[];
  /** 扩展参数 */
  request_extend_json?: string;
}

/** `SupplierForecastParamDto` of `alibaba.tmallgenie.scp.plan.forecast.oem.upload`. */
export interface AlibabaTmallgenieScpPlanForecastOemUploadSupplierForecastParamDtoInput {
  /** 扩展参数 */
  extend_json?: string;
  /** 租户 */
  tenant?: string;
  /** 关键日期 */
  key_figure_date?: DateInput;
  /** 供应商预测数量 */
  forecast?: string;
  /** 地点 */
  loc_id?: string;
  /** 物料号 */
  prd_id?: string;
}

const REQUEST_SCHEMA = {
  supplier_forecast_request: {
    supplier_forecast_param_d_t_o_list: [
      {
        extend_json: 'String',
        tenant: 'String',
        key_figure_date: 'Date',
        forecast: 'String',
        loc_id: 'String',
        prd_id: 'String',
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

/** Static description of `alibaba.tmallgenie.scp.plan.forecast.oem.upload`: method, response root, request and response schemas. */
export const alibabaTmallgenieScpPlanForecastOemUploadOperation = {
  method: 'alibaba.tmallgenie.scp.plan.forecast.oem.upload',
  responseRoot: 'alibaba_tmallgenie_scp_plan_forecast_oem_upload_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 16-供应商预测（OEM-成品）回传接口 — calls TOP method `alibaba.tmallgenie.scp.plan.forecast.oem.upload`.
 *
 * 供应商预测（OEM-成品）回传接口
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaTmallgenieScpPlanForecastOemUpload(
  client: TopClient,
  request: AlibabaTmallgenieScpPlanForecastOemUploadRequest = {},
  options?: CallOptions,
): Promise<AlibabaTmallgenieScpPlanForecastOemUploadResponse> {
  return client.call<AlibabaTmallgenieScpPlanForecastOemUploadResponse>(
    {
      method: 'alibaba.tmallgenie.scp.plan.forecast.oem.upload',
      responseRoot: 'alibaba_tmallgenie_scp_plan_forecast_oem_upload_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
