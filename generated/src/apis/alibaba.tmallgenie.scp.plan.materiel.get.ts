// Generated from specs/tmallgeniescp/alibaba.tmallgenie.scp.plan.materiel.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.tmallgenie.scp.plan.materiel.get` (1-IBP同步物料接口). */
export interface AlibabaTmallgenieScpPlanMaterielGetRequest {
  /** 扩展字段 */
  request_extend_json?: string;
}

/** Response of `alibaba.tmallgenie.scp.plan.materiel.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaTmallgenieScpPlanMaterielGetResponse {
  /** 返回对象封装 */
  result?: AlibabaTmallgenieScpPlanMaterielGetDataResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `DataResult` of `alibaba.tmallgenie.scp.plan.materiel.get`. */
export interface AlibabaTmallgenieScpPlanMaterielGetDataResult {
  /** 结果msg */
  result_msg?: string;
  /** 请求唯一ID */
  trace_id?: string;
  /** 结果code */
  result_code?: string;
  /** 对象列表 */
  data_list?: AlibabaTmallgenieScpPlanMaterielGetIbpMaterielDto[];
}

/** `IbpMaterielDto` of `alibaba.tmallgenie.scp.plan.materiel.get`. */
export interface AlibabaTmallgenieScpPlanMaterielGetIbpMaterielDto {
  /** 层级的code */
  level6?: string;
  /** 层级的code */
  level5?: string;
  /** 层级的code */
  level4?: string;
  /** 层级的code */
  level3?: string;
  /** 层级的code */
  level2?: string;
  /** 层级的code */
  level1?: string;
  /** PLM状态：1. EOP（停止生产） 2. NPI（新品） 3. RUN（正在使用产品）4. EOL（退市品） */
  plm_status?: string;
  /** 单位描述：写死个 */
  unit_desc?: string;
  /** 单位：写死PC */
  unit?: string;
  /** 1. FIN（成品） 2.RAW（原料） */
  materiel_type?: string;
  /** 物料名称 */
  materiel_name?: string;
  /** 物料编码 */
  materiel_code?: string;
  /** 扩展字段 */
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
        level6: 'String',
        level5: 'String',
        level4: 'String',
        level3: 'String',
        level2: 'String',
        level1: 'String',
        plm_status: 'String',
        unit_desc: 'String',
        unit: 'String',
        materiel_type: 'String',
        materiel_name: 'String',
        materiel_code: 'String',
        extend_json: 'String',
        tenant: 'String',
      },
    ],
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.tmallgenie.scp.plan.materiel.get`: method, response root, request and response schemas. */
export const alibabaTmallgenieScpPlanMaterielGetOperation = {
  method: 'alibaba.tmallgenie.scp.plan.materiel.get',
  responseRoot: 'alibaba_tmallgenie_scp_plan_materiel_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 1-IBP同步物料接口 — calls TOP method `alibaba.tmallgenie.scp.plan.materiel.get`.
 *
 * IBP同步物料接口
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaTmallgenieScpPlanMaterielGet(
  client: TopClient,
  request: AlibabaTmallgenieScpPlanMaterielGetRequest = {},
  options?: CallOptions,
): Promise<AlibabaTmallgenieScpPlanMaterielGetResponse> {
  return client.call<AlibabaTmallgenieScpPlanMaterielGetResponse>(
    {
      method: 'alibaba.tmallgenie.scp.plan.materiel.get',
      responseRoot: 'alibaba_tmallgenie_scp_plan_materiel_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
