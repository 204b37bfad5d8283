// Generated from specs/tmallgeniescp/alibaba.tmallgenie.scp.plan.saleforcast.saler.upload.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.tmallgenie.scp.plan.saleforcast.saler.upload` (19-销售预测数量（销管）回传接口). */
export interface AlibabaTmallgenieScpPlanSaleforcastSalerUploadRequest {
  /** 入参 */
  sales_forecast_request?: AlibabaTmallgenieScpPlanSaleforcastSalerUploadSalesForecastRequestInput;
}

/** Response of `alibaba.tmallgenie.scp.plan.saleforcast.saler.upload`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaTmallgenieScpPlanSaleforcastSalerUploadResponse {
  /** 参数msg */
  result_msg?: string;
  /** 请求唯一id */
  trace_id?: string;
  /** 参数code */
  result_code?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `SalesForecastRequest` of `alibaba.tmallgenie.scp.plan.saleforcast.saler.upload`. */
export interface AlibabaTmallgenieScpPlanSaleforcastSalerUploadSalesForecastRequestInput {
  /** 入参对象列表 */
  sales_forecast_param_d_t_o_list?: AlibabaTmallgenieScpPlanSaleforcastSalerUploadSalesForecastParamDtoInput[];
  /** 扩展参数 */
  request_extend_json?: string;
}

/** `SalesForecastParamDto` of `alibaba.tmallgenie.scp.plan.saleforcast.saler.upload`. */
export interface AlibabaTmallgenieScpPlanSaleforcastSalerUploadSalesForecastParamDtoInput {
  /** 扩展参数json字符串 */
  extend_json: string;
  /** 租户 */
  tenant: string;
  /** 计划周ID */
  key_figure_date: DateInput;
  /** 销管提报预测数量 */
  sales_forecast_qty_sl?: string;
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
        sales_forecast_qty_sl: 'String',
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

/** Static description of `alibaba.tmallgenie.scp.plan.saleforcast.saler.upload`: method, response root, request and response schemas. */
export const alibabaTmallgenieScpPlanSaleforcastSalerUploadOperation = {
  method: 'alibaba.tmallgenie.scp.plan.saleforcast.saler.upload',
  responseRoot: 'alibaba_tmallgenie_scp_plan_saleforcast_saler_upload_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 19-销售预测数量（销管）回传接口 — calls TOP method `alibaba.tmallgenie.scp.plan.saleforcast.saler.upload`.
 *
 * 销售预测数量（销管）回传接口
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaTmallgenieScpPlanSaleforcastSalerUpload(
  client: TopClient,
  request: AlibabaTmallgenieScpPlanSaleforcastSalerUploadRequest = {},
  options?: CallOptions,
): Promise<AlibabaTmallgenieScpPlanSaleforcastSalerUploadResponse> {
  return client.call<AlibabaTmallgenieScpPlanSaleforcastSalerUploadResponse>(
    {
      method: 'alibaba.tmallgenie.scp.plan.saleforcast.saler.upload',
      responseRoot: 'alibaba_tmallgenie_scp_plan_saleforcast_saler_upload_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
