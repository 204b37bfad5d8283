// Generated from specs/tmallgeniescp/alibaba.tmallgenie.scp.plan.forecast.raw.upload.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.tmallgenie.scp.plan.forecast.raw.upload` (17-供应商预测（原料-二级物料）回传接口). */
export interface AlibabaTmallgenieScpPlanForecastRawUploadRequest {
  /** 入参对象 */
  supplier_forecast_raw_request?: AlibabaTmallgenieScpPlanForecastRawUploadSupplierForecastRawRequestInput;
}

/** Response of `alibaba.tmallgenie.scp.plan.forecast.raw.upload`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaTmallgenieScpPlanForecastRawUploadResponse {
  /** 结果msg */
  result_msg?: string;
  /** 请求唯一ID */
  trace_id?: string;
  /** 结果code */
  result_code?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `SupplierForecastRawRequest` of `alibaba.tmallgenie.scp.plan.forecast.raw.upload`. */
export interface AlibabaTmallgenieScpPlanForecastRawUploadSupplierForecastRawRequestInput {
  /** ip地址 */
  ip?: string;
  /** appkey */
  appkey?: string;
  /** 数据对象列表 */
  supplier_forecast_raw_param_d_t_o_list?: AlibabaTmallgenieScpPlanForecastRawUploadSupplierForecastRawParamDtoInput[];
  /** 扩展参数 */
  request_extend_json?: string;
}

/** `SupplierForecastRawParamDto` of `alibaba.tmallgenie.scp.plan.forecast.raw.upload`. */
export interface AlibabaTmallgenieScpPlanForecastRawUploadSupplierForecastRawParamDtoInput {
  /** 扩展参数 */
  extend_json?: string;
  /** 租户 */
  tenant?: string;
  /** 关键日期值 */
  key_figure_date?: DateInput;
  /** 计划量 */
  forecast?: string;
  /** 地点 - 二级物料供应商code */
  location_code?: string;
  /** 二级物料-物料编码 */
  prd_id?: string;
  /** 地点 - 成品供应商仓库&二级物料中央仓 */
  location_code_to?: string;
}

const REQUEST_SCHEMA = {
  supplier_forecast_raw_request: {
    ip: 'String',
    appkey: 'String',
    supplier_forecast_raw_param_d_t_o_list: [
      {
        extend_json: 'String',
        tenant: 'String',
        key_figure_date: 'Date',
        forecast: 'String',
        location_code: 'String',
        prd_id: 'String',
        location_code_to: 'String',
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

/** Static description of `alibaba.tmallgenie.scp.plan.forecast.raw.upload`: method, response root, request and response schemas. */
export const alibabaTmallgenieScpPlanForecastRawUploadOperation = {
  method: 'alibaba.tmallgenie.scp.plan.forecast.raw.upload',
  responseRoot: 'alibaba_tmallgenie_scp_plan_forecast_raw_upload_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 17-供应商预测（原料-二级物料）回传接口 — calls TOP method `alibaba.tmallgenie.scp.plan.forecast.raw.upload`.
 *
 * 供应商预测（原料-二级物料）回传接口
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaTmallgenieScpPlanForecastRawUpload(
  client: TopClient,
  request: AlibabaTmallgenieScpPlanForecastRawUploadRequest = {},
  options?: CallOptions,
): Promise<AlibabaTmallgenieScpPlanForecastRawUploadResponse> {
  return client.call<AlibabaTmallgenieScpPlanForecastRawUploadResponse>(
    {
      method: 'alibaba.tmallgenie.scp.plan.forecast.raw.upload',
      responseRoot: 'alibaba_tmallgenie_scp_plan_forecast_raw_upload_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
