// Generated from specs/tmallgeniescp/alibaba.tmallgenie.scp.plan.material.purchase.attr.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.tmallgenie.scp.plan.material.purchase.attr.get` (物料的采购属性查询). */
export interface AlibabaTmallgenieScpPlanMaterialPurchaseAttrGetRequest {
  /** 扩展字段 */
  request_extend_json?: string;
}

/** Response of `alibaba.tmallgenie.scp.plan.material.purchase.attr.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaTmallgenieScpPlanMaterialPurchaseAttrGetResponse {
  /** 返回对象封装 */
  result?: AlibabaTmallgenieScpPlanMaterialPurchaseAttrGetDataResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `DataResult` of `alibaba.tmallgenie.scp.plan.material.purchase.attr.get`. */
export interface AlibabaTmallgenieScpPlanMaterialPurchaseAttrGetDataResult {
  /** 结果msg */
  result_msg?: string;
  /** 请求唯一ID */
  trace_id?: string;
  /** 结果code */
  result_code?: string;
  /** 对象列表 */
  data_list?: AlibabaTmallgenieScpPlanMaterialPurchaseAttrGetLTMopMqpDTO[];
}

/** `LTMopMqpDTO` of `alibaba.tmallgenie.scp.plan.material.purchase.attr.get`. */
export interface AlibabaTmallgenieScpPlanMaterialPurchaseAttrGetLTMopMqpDTO {
  /** 供应商编码 */
  location_code?: string;
  /** 物料编码 */
  materiel_code?: string;
  /** 扩展字段 */
  extend_json?: string;
  /** 租户 */
  tenant?: string;
  /** mpq */
  mpq?: string;
  /** moq */
  moq?: string;
  /** leadtime */
  lead_time?: string;
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
        location_code: 'String',
        materiel_code: 'String',
        extend_json: 'String',
        tenant: 'String',
        mpq: 'String',
        moq: 'String',
        lead_time: 'String',
      },
    ],
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.tmallgenie.scp.plan.material.purchase.attr.get`: method, response root, request and response schemas. */
export const alibabaTmallgenieScpPlanMaterialPurchaseAttrGetOperation = {
  method: 'alibaba.tmallgenie.scp.plan.material.purchase.attr.get',
  responseRoot: 'alibaba_tmallgenie_scp_plan_material_purchase_attr_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 物料的采购属性查询 — calls TOP method `alibaba.tmallgenie.scp.plan.material.purchase.attr.get`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaTmallgenieScpPlanMaterialPurchaseAttrGet(
  client: TopClient,
  request: AlibabaTmallgenieScpPlanMaterialPurchaseAttrGetRequest = {},
  options?: CallOptions,
): Promise<AlibabaTmallgenieScpPlanMaterialPurchaseAttrGetResponse> {
  return client.call<AlibabaTmallgenieScpPlanMaterialPurchaseAttrGetResponse>(
    {
      method: 'alibaba.tmallgenie.scp.plan.material.purchase.attr.get',
      responseRoot: 'alibaba_tmallgenie_scp_plan_material_purchase_attr_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
