// Generated from specs/alsc/alibaba.alsc.crm.rule.level.querylevelrule.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alsc.crm.rule.level.querylevelrule` (查询会员等级规则). */
export interface AlibabaAlscCrmRuleLevelQuerylevelruleRequest {
  /** 请求参数 */
  plan_rule_query_request: AlibabaAlscCrmRuleLevelQuerylevelrulePlanRuleQueryOpenReqInput;
}

/** Response of `alibaba.alsc.crm.rule.level.querylevelrule`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlscCrmRuleLevelQuerylevelruleResponse {
  /** 会员等级规则 */
  result?: AlibabaAlscCrmRuleLevelQuerylevelruleCommonPageResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `PlanRuleQueryOpenReq` of `alibaba.alsc.crm.rule.level.querylevelrule`. */
export interface AlibabaAlscCrmRuleLevelQuerylevelrulePlanRuleQueryOpenReqInput {
  /** 是否包含逻辑删除的数据 */
  deleted: boolean;
  /** 最后更新时间 */
  last_update_time?: DateInput;
  /** 品牌ID */
  brand_id?: string;
  /** 外部品牌id */
  out_brand_id?: string;
  /** 每页数量 */
  page_size?: Int64Input;
  /** 上次最有一个ID */
  last_id?: string;
}

/** `CommonPageResult` of `alibaba.alsc.crm.rule.level.querylevelrule`. */
export interface AlibabaAlscCrmRuleLevelQuerylevelruleCommonPageResult {
  /** 会员等级规则 */
  result_list?: AlibabaAlscCrmRuleLevelQuerylevelruleLevelRuleOpenInfo[];
  /** 当前每页显示数量（原样传出） */
  page_size?: Int64;
  /** 当前页码（原样传出） */
  current_page?: Int64;
  /** 总共记录数 */
  total_size?: Int64;
  /** 结果码 */
  result_code?: string;
  /** 结果描述 */
  result_desc?: string;
  /** 错误结果显示 */
  result_view?: string;
  /** 业务执行是否成功 */
  biz_success?: boolean;
}

/** `LevelRuleOpenInfo` of `alibaba.alsc.crm.rule.level.querylevelrule`. */
export interface AlibabaAlscCrmRuleLevelQuerylevelruleLevelRuleOpenInfo {
  /** 等级规则Id */
  level_id?: string;
  /** 等级规则序号 */
  level_no?: Int64;
  /** 等级规则名称 */
  level_name?: string;
  /** 等级对应成长值门槛 */
  threshold?: Int64;
  /** 升级赠送积分 */
  present_point?: Int64;
  /** 创建时间 */
  gmt_create?: string;
  /** 更新时间 */
  gmt_modified?: string;
  /** 创建者 */
  create_by?: string;
  /** 更新者 */
  update_by?: string;
  /** 逻辑删除标志 */
  deleted?: boolean;
  /** 扩展字段 */
  ext_info?: string | Record<string, unknown>;
}

const REQUEST_SCHEMA = {
  plan_rule_query_request: {
    deleted: 'Boolean',
    last_update_time: 'Date',
    brand_id: 'String',
    out_brand_id: 'String',
    page_size: 'Number',
    last_id: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    result_list: [
      {
        level_id: 'String',
        level_no: 'Number',
        level_name: 'String',
        threshold: 'Number',
        present_point: 'Number',
        gmt_create: 'Date',
        gmt_modified: 'Date',
        create_by: 'String',
        update_by: 'String',
        deleted: 'Boolean',
        ext_info: 'Json',
      },
    ],
    page_size: 'Number',
    current_page: 'Number',
    total_size: 'Number',
    result_code: 'String',
    result_desc: 'String',
    result_view: 'String',
    biz_success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alsc.crm.rule.level.querylevelrule`: method, response root, request and response schemas. */
export const alibabaAlscCrmRuleLevelQuerylevelruleOperation = {
  method: 'alibaba.alsc.crm.rule.level.querylevelrule',
  responseRoot: 'alibaba_alsc_crm_rule_level_querylevelrule_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询会员等级规则 — calls TOP method `alibaba.alsc.crm.rule.level.querylevelrule`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlscCrmRuleLevelQuerylevelrule(
  client: TopClient,
  request: AlibabaAlscCrmRuleLevelQuerylevelruleRequest,
  options?: CallOptions,
): Promise<AlibabaAlscCrmRuleLevelQuerylevelruleResponse> {
  return client.call<AlibabaAlscCrmRuleLevelQuerylevelruleResponse>(
    {
      method: 'alibaba.alsc.crm.rule.level.querylevelrule',
      responseRoot: 'alibaba_alsc_crm_rule_level_querylevelrule_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
