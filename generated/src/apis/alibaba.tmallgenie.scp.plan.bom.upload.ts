// Generated from specs/tmallgeniescp/alibaba.tmallgenie.scp.plan.bom.upload.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.tmallgenie.scp.plan.bom.upload` (计划BOM同步). */
export interface AlibabaTmallgenieScpPlanBomUploadRequest {
  /** 对象 */
  pbom_request?: AlibabaTmallgenieScpPlanBomUploadAbstractRequestInput;
}

/** Response of `alibaba.tmallgenie.scp.plan.bom.upload`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaTmallgenieScpPlanBomUploadResponse {
  /** 返回描述 */
  result_msg?: string;
  /** 请求唯一ID */
  trace_id?: string;
  /** 返回码 */
  result_code?: string;
  /** 对象列表 */
  data_list?: AlibabaTmallgenieScpPlanBomUploadBomDto[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `AbstractRequest` of `alibaba.tmallgenie.scp.plan.bom.upload`. */
export interface AlibabaTmallgenieScpPlanBomUploadAbstractRequestInput {
  /** 扩展参数 */
  request_extend_json?: string;
}

/** `BomDto` of `alibaba.tmallgenie.scp.plan.bom.upload`. */
export interface AlibabaTmallgenieScpPlanBomUploadBomDto {
  /** 二级物料-物料编码 */
  raw_code?: string;
  /** sourceId */
  source_id?: string;
  /** 成品-物料编码 */
  prd_id?: string;
  /** 地点编码(成品供应商code) */
  location_code?: string;
  /** 扩展参数 */
  extend_json?: string;
  /** 租户 */
  tenant?: string;
  /** 二级物料-行项目ID (10\20\30\40\50) */
  source_item_id?: string;
  /** 二级物料-数量 (保留2位小数的数字) */
  amount?: string;
}

const REQUEST_SCHEMA = {
  pbom_request: {
    request_extend_json: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result_msg: 'String',
  trace_id: 'String',
  result_code: 'String',
  data_list: [
    {
      raw_code: 'String',
      source_id: 'String',
      prd_id: 'String',
      location_code: 'String',
      extend_json: 'String',
      tenant: 'String',
      source_item_id: 'String',
      amount: 'String',
    },
  ],
} as const satisfies ObjectSchema;

/** Static description of `alibaba.tmallgenie.scp.plan.bom.upload`: method, response root, request and response schemas. */
export const alibabaTmallgenieScpPlanBomUploadOperation = {
  method: 'alibaba.tmallgenie.scp.plan.bom.upload',
  responseRoot: 'alibaba_tmallgenie_scp_plan_bom_upload_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 计划BOM同步 — calls TOP method `alibaba.tmallgenie.scp.plan.bom.upload`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaTmallgenieScpPlanBomUpload(
  client: TopClient,
  request: AlibabaTmallgenieScpPlanBomUploadRequest = {},
  options?: CallOptions,
): Promise<AlibabaTmallgenieScpPlanBomUploadResponse> {
  return client.call<AlibabaTmallgenieScpPlanBomUploadResponse>(
    {
      method: 'alibaba.tmallgenie.scp.plan.bom.upload',
      responseRoot: 'alibaba_tmallgenie_scp_plan_bom_upload_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
