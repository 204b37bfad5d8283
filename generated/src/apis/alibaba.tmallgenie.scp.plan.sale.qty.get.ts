// Generated from specs/tmallgeniescp/alibaba.tmallgenie.scp.plan.sale.qty.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.tmallgenie.scp.plan.sale.qty.get` (12-同步销售数据). */
export interface AlibabaTmallgenieScpPlanSaleQtyGetRequest {
  /** 扩展参数 */
  request_extend_json?: string;
}

/** Response of `alibaba.tmallgenie.scp.plan.sale.qty.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaTmallgenieScpPlanSaleQtyGetResponse {
  /** 返回对象封装 */
  result?: AlibabaTmallgenieScpPlanSaleQtyGetDataResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `DataResult` of `alibaba.tmallgenie.scp.plan.sale.qty.get`. */
export interface AlibabaTmallgenieScpPlanSaleQtyGetDataResult {
  /** 结果msg */
  result_msg?: string;
  /** 请求唯一id */
  trace_id?: string;
  /** 结果code */
  result_code?: string;
  /** 对象列表 */
  data_list?: AlibabaTmallgenieScpPlanSaleQtyGetIbpSaleDto[];
}

/** `IbpSaleDto` of `alibaba.tmallgenie.scp.plan.sale.qty.get`. */
export interface AlibabaTmallgenieScpPlanSaleQtyGetIbpSaleDto {
  /** 关键日期值 */
  key_figure_date?: string;
  /** 激活数量 */
  activation_quantity?: Int64;
  /** 实际进货数量 */
  sell_in_quantity?: Int64;
  /** 实际出货数量 */
  sell_out_quantity?: Int64;
  /** 渠道号 */
  channel_id?: string;
  /** 物料号 */
  materiel_code?: string;
  /** 扩展参数 */
  extend_json?: string;
  /** 租户 */
  tenant?: string;
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
        key_figure_date: 'Date',
        activation_quantity: 'Number',
        sell_in_quantity: 'Number',
        sell_out_quantity: 'Number',
        channel_id: 'String',
        materiel_code: 'String',
        extend_json: 'String',
        tenant: 'String',
      },
    ],
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.tmallgenie.scp.plan.sale.qty.get`: method, response root, request and response schemas. */
export const alibabaTmallgenieScpPlanSaleQtyGetOperation = {
  method: 'alibaba.tmallgenie.scp.plan.sale.qty.get',
  responseRoot: 'alibaba_tmallgenie_scp_plan_sale_qty_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 12-同步销售数据 — calls TOP method `alibaba.tmallgenie.scp.plan.sale.qty.get`.
 *
 * 同步销售数据
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaTmallgenieScpPlanSaleQtyGet(
  client: TopClient,
  request: AlibabaTmallgenieScpPlanSaleQtyGetRequest = {},
  options?: CallOptions,
): Promise<AlibabaTmallgenieScpPlanSaleQtyGetResponse> {
  return client.call<AlibabaTmallgenieScpPlanSaleQtyGetResponse>(
    {
      method: 'alibaba.tmallgenie.scp.plan.sale.qty.get',
      responseRoot: 'alibaba_tmallgenie_scp_plan_sale_qty_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
