// Generated from specs/usergrowth2/taobao.usergrowth.ad.material.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.usergrowth.ad.material.query` (素材审核结果查询). */
export interface TaobaoUsergrowthAdMaterialQueryRequest {
  /** 渠道id */
  channel_id: Int64Input;
  /** 渠道-创意id */
  outer_creative_id: string;
}

/** Response of `taobao.usergrowth.ad.material.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoUsergrowthAdMaterialQueryResponse {
  /** 鹰眼id */
  trace_id?: string;
  /** 参数错误 */
  response_code?: Int64;
  /** 返回信息 */
  data?: TaobaoUsergrowthAdMaterialQueryCreativeAuditResultDTO;
  /** 错误信息 */
  message?: string;
  /** 请求结果 */
  successful?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `CreativeAuditResultDTO` of `taobao.usergrowth.ad.material.query`. */
export interface TaobaoUsergrowthAdMaterialQueryCreativeAuditResultDTO {
  /** 渠道-创意id */
  outer_creative_id?: string;
  /** 审核结果 */
  status?: string;
  /** 拒绝信息 */
  material_reject_info?: TaobaoUsergrowthAdMaterialQueryMaterialRejectInfo;
}

/** `MaterialRejectInfo` of `taobao.usergrowth.ad.material.query`. */
export interface TaobaoUsergrowthAdMaterialQueryMaterialRejectInfo {
  /** 违规一级分类id */
  rule_id?: Int64;
  /** 违规一级分类描述 */
  rule_desc?: string;
  /** 违规二级分类id */
  sub_rule_id?: Int64;
  /** 违规二级分类描述 */
  sub_rule_desc?: string;
  /** 驳回原因 */
  reject_memo?: string;
}

const REQUEST_SCHEMA = {
  channel_id: 'Number',
  outer_creative_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  trace_id: 'String',
  response_code: 'Number',
  data: {
    outer_creative_id: 'String',
    status: 'String',
    material_reject_info: {
      rule_id: 'Number',
      rule_desc: 'String',
      sub_rule_id: 'Number',
      sub_rule_desc: 'String',
      reject_memo: 'String',
    },
  },
  message: 'String',
  successful: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `taobao.usergrowth.ad.material.query`: method, response root, request and response schemas. */
export const taobaoUsergrowthAdMaterialQueryOperation = {
  method: 'taobao.usergrowth.ad.material.query',
  responseRoot: 'usergrowth_ad_material_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 素材审核结果查询 — calls TOP method `taobao.usergrowth.ad.material.query`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoUsergrowthAdMaterialQuery(
  client: TopClient,
  request: TaobaoUsergrowthAdMaterialQueryRequest,
  options?: CallOptions,
): Promise<TaobaoUsergrowthAdMaterialQueryResponse> {
  return client.call<TaobaoUsergrowthAdMaterialQueryResponse>(
    {
      method: 'taobao.usergrowth.ad.material.query',
      responseRoot: 'usergrowth_ad_material_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
