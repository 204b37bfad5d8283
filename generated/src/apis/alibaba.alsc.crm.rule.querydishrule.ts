// Generated from specs/alsc/alibaba.alsc.crm.rule.querydishrule.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alsc.crm.rule.querydishrule` (查询品牌下的入会菜品规则). */
export interface AlibabaAlscCrmRuleQuerydishruleRequest {
  /** 系统自动生成 */
  param_plan_rule_query_open_req: AlibabaAlscCrmRuleQuerydishrulePlanRuleQueryOpenReqInput;
}

/** Response of `alibaba.alsc.crm.rule.querydishrule`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlscCrmRuleQuerydishruleResponse {
  /** 分页返回模型 */
  result?: AlibabaAlscCrmRuleQuerydishruleCommonPageResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `PlanRuleQueryOpenReq` of `alibaba.alsc.crm.rule.querydishrule`. */
export interface AlibabaAlscCrmRuleQuerydishrulePlanRuleQueryOpenReqInput {
  /** 品牌ID */
  brand_id?: string;
  /** 最后更新ID */
  last_id?: string;
  /** 最后更新时间 */
  last_update_time?: DateInput;
  /** 每页查询数量 */
  page_size?: Int64Input;
  /** 是否包括逻辑删除的数据 */
  deleted: boolean;
  /** 外部品牌ID */
  out_brand_id?: string;
}

/** `CommonPageResult` of `alibaba.alsc.crm.rule.querydishrule`. */
export interface AlibabaAlscCrmRuleQuerydishruleCommonPageResult {
  /** 成功状态 */
  biz_success?: boolean;
  /** 当前页码 */
  current_page?: Int64;
  /** 每页数量 */
  page_size?: Int64;
  /** 入会菜品模型 */
  result_list?: AlibabaAlscCrmRuleQuerydishruleDishGrowOpenRuleInfo[];
  /** 结果码 */
  result_code?: string;
  /** 结果描述 */
  result_desc?: string;
  /** 错误结果显示 */
  result_view?: string;
  /** 总数量 */
  total_size?: Int64;
}

/** `DishGrowOpenRuleInfo` of `alibaba.alsc.crm.rule.querydishrule`. */
export interface AlibabaAlscCrmRuleQuerydishruleDishGrowOpenRuleInfo {
  /** 是否已删除 */
  deleted?: boolean;
  /** 规则ID */
  dish_rule_id?: string;
  /** 扩展信息 */
  ext_info?: string;
  /** 创建时间 */
  gmt_create?: string;
  /** 修改时间 */
  gmt_modified?: string;
  /** 会员计划ID */
  plan_id?: string;
  /** 菜品ID */
  sku_id?: string;
  /** 升级到的等级id */
  to_level_id?: string;
  /** 外部菜品ID */
  out_sku_id?: string;
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
        dish_rule_id: 'String',
        ext_info: 'String',
        gmt_create: 'Date',
        gmt_modified: 'Date',
        plan_id: 'String',
        sku_id: 'String',
        to_level_id: 'String',
        out_sku_id: 'String',
      },
    ],
    result_code: 'String',
    result_desc: 'String',
    result_view: 'String',
    total_size: 'Number',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alsc.crm.rule.querydishrule`: method, response root, request and response schemas. */
export const alibabaAlscCrmRuleQuerydishruleOperation = {
  method: 'alibaba.alsc.crm.rule.querydishrule',
  responseRoot: 'alibaba_alsc_crm_rule_querydishrule_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询品牌下的入会菜品规则 — calls TOP method `alibaba.alsc.crm.rule.querydishrule`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlscCrmRuleQuerydishrule(
  client: TopClient,
  request: AlibabaAlscCrmRuleQuerydishruleRequest,
  options?: CallOptions,
): Promise<AlibabaAlscCrmRuleQuerydishruleResponse> {
  return client.call<AlibabaAlscCrmRuleQuerydishruleResponse>(
    {
      method: 'alibaba.alsc.crm.rule.querydishrule',
      responseRoot: 'alibaba_alsc_crm_rule_querydishrule_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
