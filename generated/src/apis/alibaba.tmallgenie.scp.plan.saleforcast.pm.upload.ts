// Generated from specs/tmallgeniescp/alibaba.tmallgenie.scp.plan.saleforcast.pm.upload.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.tmallgenie.scp.plan.saleforcast.pm.upload` (18-销售预测数量（产管）回传接口). */
export interface AlibabaTmallgenieScpPlanSaleforcastPmUploadRequest {
  /** 入参 */
  sales_forecast_request?: AlibabaTmallgenieScpPlanSaleforcastPmUploadSalesForecastRequestInput;
}

/** Response of `alibaba.tmallgenie.scp.plan.saleforcast.pm.upload`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaTmallgenieScpPlanSaleforcastPmUploadResponse {
  /** 返回描述 */
  result_msg?: string;
  /** 请求唯一ID */
  trace_id?: string;
  /** 返回码 */
  result_code?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `SalesForecastRequest` of `alibaba.tmallgenie.scp.plan.saleforcast.pm.upload`. */
export interface AlibabaTmallgenieScpPlanSaleforcastPmUploadSalesForecastRequestInput {
  /** 入参List */
  sales_forecast_param_d_t_o_list?: AlibabaTmallgenieScpPlanSaleforcastPmUploadSalesForecastParamDtoInput[];
  /** 扩展参数 */
  request_extend_json?: string;
}

/** `SalesForecastParamDto` of `alibaba.tmallgenie.scp.plan.saleforcast.pm.upload`. */
export interface AlibabaTmallgenieScpPlanSaleforcastPmUploadSalesForecastParamDtoInput {
  /** 扩展参数 */
  extend_json: string;
  /** 租户 */
  tenant: string;
  /** 日期 */
  key_figure_date: DateInput;
  /** 产管-提报预测数量 */
  sales_forecast_qty_pm?: string;
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
        sales_forecast_qty_pm: 'String',
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

/** Static description of `alibaba.tmallgenie.scp.plan.saleforcast.pm.upload`: method, response root, request and response schemas. */
export const alibabaTmallgenieScpPlanSaleforcastPmUploadOperation = {
  method: 'alibaba.tmallgenie.scp.plan.saleforcast.pm.upload',
  responseRoot: 'alibaba_tmallgenie_scp_plan_saleforcast_pm_upload_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 18-销售预测数量（产管）回传接口 — calls TOP method `alibaba.tmallgenie.scp.plan.saleforcast.pm.upload`.
 *
 * 销售预测数量（产管）回传接口
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaTmallgenieScpPlanSaleforcastPmUpload(
  client: TopClient,
  request: AlibabaTmallgenieScpPlanSaleforcastPmUploadRequest = {},
  options?: CallOptions,
): Promise<AlibabaTmallgenieScpPlanSaleforcastPmUploadResponse> {
  return client.call<AlibabaTmallgenieScpPlanSaleforcastPmUploadResponse>(
    {
      method: 'alibaba.tmallgenie.scp.plan.saleforcast.pm.upload',
      responseRoot: 'alibaba_tmallgenie_scp_plan_saleforcast_pm_upload_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
