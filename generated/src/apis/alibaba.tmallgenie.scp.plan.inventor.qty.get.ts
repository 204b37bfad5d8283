// Generated from specs/tmallgeniescp/alibaba.tmallgenie.scp.plan.inventor.qty.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.tmallgenie.scp.plan.inventor.qty.get` (10-同步库存现有量). */
export interface AlibabaTmallgenieScpPlanInventorQtyGetRequest {
  /** 扩展参数 */
  request_extend_json?: string;
}

/** Response of `alibaba.tmallgenie.scp.plan.inventor.qty.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaTmallgenieScpPlanInventorQtyGetResponse {
  /** 返回对象封装 */
  result?: AlibabaTmallgenieScpPlanInventorQtyGetDataResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `DataResult` of `alibaba.tmallgenie.scp.plan.inventor.qty.get`. */
export interface AlibabaTmallgenieScpPlanInventorQtyGetDataResult {
  /** 结果msg */
  result_msg?: string;
  /** 请求唯一ID */
  trace_id?: string;
  /** 结果code */
  result_code?: string;
  /** 对象列表 */
  data_list?: AlibabaTmallgenieScpPlanInventorQtyGetIbpInventoryQuantityDto[];
}

/** `IbpInventoryQuantityDto` of `alibaba.tmallgenie.scp.plan.inventor.qty.get`. */
export interface AlibabaTmallgenieScpPlanInventorQtyGetIbpInventoryQuantityDto {
  /** 扩展参数 */
  extend_json?: string;
  /** 租户 */
  tenant?: string;
  /** 库存量 */
  quantity?: Int64;
  /** 地点code */
  location_code?: string;
  /** 物料code */
  materiel_code?: string;
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
        quantity: 'Number',
        location_code: 'String',
        materiel_code: 'String',
      },
    ],
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.tmallgenie.scp.plan.inventor.qty.get`: method, response root, request and response schemas. */
export const alibabaTmallgenieScpPlanInventorQtyGetOperation = {
  method: 'alibaba.tmallgenie.scp.plan.inventor.qty.get',
  responseRoot: 'alibaba_tmallgenie_scp_plan_inventor_qty_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 10-同步库存现有量 — calls TOP method `alibaba.tmallgenie.scp.plan.inventor.qty.get`.
 *
 * 同步库存现有量
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaTmallgenieScpPlanInventorQtyGet(
  client: TopClient,
  request: AlibabaTmallgenieScpPlanInventorQtyGetRequest = {},
  options?: CallOptions,
): Promise<AlibabaTmallgenieScpPlanInventorQtyGetResponse> {
  return client.call<AlibabaTmallgenieScpPlanInventorQtyGetResponse>(
    {
      method: 'alibaba.tmallgenie.scp.plan.inventor.qty.get',
      responseRoot: 'alibaba_tmallgenie_scp_plan_inventor_qty_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
