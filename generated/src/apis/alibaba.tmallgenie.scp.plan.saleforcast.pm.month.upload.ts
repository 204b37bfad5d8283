// Generated from specs/tmallgeniescp/alibaba.tmallgenie.scp.plan.saleforcast.pm.month.upload.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.tmallgenie.scp.plan.saleforcast.pm.month.upload` (24-销售月预测数量（产管）回传-月度). */
export interface AlibabaTmallgenieScpPlanSaleforcastPmMonthUploadRequest {
  /** 入参 */
  sales_forecast_request?: AlibabaTmallgenieScpPlanSaleforcastPmMonthUploadSalesForecastRequestInput;
}

/** Response of `alibaba.tmallgenie.scp.plan.saleforcast.pm.month.upload`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaTmallgenieScpPlanSaleforcastPmMonthUploadResponse {
  /** 返回描述 */
  result_msg?: string;
  /** 请求唯一ID */
  trace_id?: string;
  /** 返回码 */
  result_code?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `SalesForecastRequest` of `alibaba.tmallgenie.scp.plan.saleforcast.pm.month.upload`. */
export interface AlibabaTmallgenieScpPlanSaleforcastPmMonthUploadSalesForecastRequestInput {
  /** 入参List */
  sales_forecast_param_d_t_o_list?: AlibabaTmallgenieScpPlanSaleforcastPmMonthUploadSalesForecastParamDtoInput[];
  /** 扩展参数 */
  request_extend_json?: string;
}

/** `SalesForecastParamDto` of `alibaba.tmallgenie.scp.plan.saleforcast.pm.month.upload`. */
export interface AlibabaTmallgenieScpPlanSaleforcastPmMonthUploadSalesForecastParamDtoInput {
  /** 扩展参数 */
  extend_json: string;
  /** 租户 */
  tenant: string;
  /** 日期 */
  key_figure_date: DateInput;
  /** 产管提报预测数量-月度 */
  sales_forecast_qty_pm_per_month?: string;
  /** 渠道 */
  cust_id: string;
  /** 物料号 */
  prd_id: string;
}

const REQUEST_SCHEMA = {
  sales_forecast_request: {
    sales_forecast_param_d_t_o_list: [
      {
        extend_json: 'String',
        tenant: 'String',
        key_figure_date: 'Date',
        sales_forecast_qty_pm_per_month: 'String',
        cust_id: 'String',
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

/** Static description of `alibaba.tmallgenie.scp.plan.saleforcast.pm.month.upload`: method, response root, request and response schemas. */
export const alibabaTmallgenieScpPlanSaleforcastPmMonthUploadOperation = {
  method: 'alibaba.tmallgenie.scp.plan.saleforcast.pm.month.upload',
  responseRoot: 'alibaba_tmallgenie_scp_plan_saleforcast_pm_month_upload_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 24-销售月预测数量（产管）回传-月度 — calls TOP method `alibaba.tmallgenie.scp.plan.saleforcast.pm.month.upload`.
 *
 * 销售月预测数量（产管）回传-月度
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaTmallgenieScpPlanSaleforcastPmMonthUpload(
  client: TopClient,
  request: AlibabaTmallgenieScpPlanSaleforcastPmMonthUploadRequest = {},
  options?: CallOptions,
): Promise<AlibabaTmallgenieScpPlanSaleforcastPmMonthUploadResponse> {
  return client.call<AlibabaTmallgenieScpPlanSaleforcastPmMonthUploadResponse>(
    {
      method: 'alibaba.tmallgenie.scp.plan.saleforcast.pm.month.upload',
      responseRoot: 'alibaba_tmallgenie_scp_plan_saleforcast_pm_month_upload_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
