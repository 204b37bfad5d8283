// Generated from specs/alsc/alibaba.alsc.crm.rule.querytaglist.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alsc.crm.rule.querytaglist` (查询标签列表). */
export interface AlibabaAlscCrmRuleQuerytaglistRequest {
  /** 请求参数 */
  param_plan_rule_query_open_req: AlibabaAlscCrmRuleQuerytaglistPlanRuleQueryOpenReqInput;
}

/** Response of `alibaba.alsc.crm.rule.querytaglist`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlscCrmRuleQuerytaglistResponse {
  /** 分页返回模型 */
  result?: AlibabaAlscCrmRuleQuerytaglistCommonPageResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `PlanRuleQueryOpenReq` of `alibaba.alsc.crm.rule.querytaglist`. */
export interface AlibabaAlscCrmRuleQuerytaglistPlanRuleQueryOpenReqInput {
  /** 品牌ID */
  brand_id?: string;
  /** 最后更新ID */
  last_id?: string;
  /** 最后更新时间 */
  last_update_time?: DateInput;
  /** 每页大小 */
  page_size?: Int64Input;
  /** 是否包含逻辑删除的数据 */
  deleted: boolean;
  /** 外部品牌ID */
  out_brand_id?: string;
}

/** `CommonPageResult` of `alibaba.alsc.crm.rule.querytaglist`. */
export interface AlibabaAlscCrmRuleQuerytaglistCommonPageResult {
  /** 成功状态 */
  biz_success?: boolean;
  /** 当前页码 */
  current_page?: Int64;
  /** 每页数量 */
  page_size?: Int64;
  /** 商家标签模型 */
  result_list?: AlibabaAlscCrmRuleQuerytaglistCrmTagOpenInfo[];
  /** 结果码 */
  result_code?: string;
  /** 结果描述 */
  result_desc?: string;
  /** 错误结果显示 */
  result_view?: string;
  /** 总数量 */
  total_size?: Int64;
}

/** `CrmTagOpenInfo` of `alibaba.alsc.crm.rule.querytaglist`. */
export interface AlibabaAlscCrmRuleQuerytaglistCrmTagOpenInfo {
  /** 是否已删除 */
  deleted?: boolean;
  /** 创建时间 */
  gmt_create?: string;
  /** 修改时间 */
  gmt_modified?: string;
  /** 会员计划ID */
  plan_id?: string;
  /** 标签ID */
  tag_id?: string;
  /** 标签名称 */
  tag_name?: string;
  /** 标签类型 */
  tag_type?: string;
}

const REQUEST_SCHEMA = {
  param_plan_rule_query_open_req: {
    brand_id: 'String',
    last_id: 'String',
    last_update_time: 'Date',
    page_size: 'Number',
    deleted: 'Boolean',
    out_brand_id: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    biz_success: 'Boolean',
    current_page: 'Number',
    page_size: 'Number',
    result_list: [
      {
        deleted: 'Boolean',
        gmt_create: 'Date',
        gmt_modified: 'Date',
        plan_id: 'String',
        tag_id: 'String',
        tag_name: 'String',
        tag_type: 'String',
      },
    ],
    result_code: 'String',
    result_desc: 'String',
    result_view: 'String',
    total_size: 'Number',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alsc.crm.rule.querytaglist`: method, response root, request and response schemas. */
export const alibabaAlscCrmRuleQuerytaglistOperation = {
  method: 'alibaba.alsc.crm.rule.querytaglist',
  responseRoot: 'alibaba_alsc_crm_rule_querytaglist_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询标签列表 — calls TOP method `alibaba.alsc.crm.rule.querytaglist`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlscCrmRuleQuerytaglist(
  client: TopClient,
  request: AlibabaAlscCrmRuleQuerytaglistRequest,
  options?: CallOptions,
): Promise<AlibabaAlscCrmRuleQuerytaglistResponse> {
  return client.call<AlibabaAlscCrmRuleQuerytaglistResponse>(
    {
      method: 'alibaba.alsc.crm.rule.querytaglist',
      responseRoot: 'alibaba_alsc_crm_rule_querytaglist_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
