// Generated from specs/alsc/alibaba.alsc.crm.rule.querymdayerule.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alsc.crm.rule.querymdayerule` (查询品牌下的会员日规则). */
export interface AlibabaAlscCrmRuleQuerymdayeruleRequest {
  /** 系统自动生成 */
  param_plan_rule_query_open_req: AlibabaAlscCrmRuleQuerymdayerulePlanRuleQueryOpenReqInput;
}

/** Response of `alibaba.alsc.crm.rule.querymdayerule`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlscCrmRuleQuerymdayeruleResponse {
  /** 接口结果 */
  result?: AlibabaAlscCrmRuleQuerymdayeruleCommonResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `PlanRuleQueryOpenReq` of `alibaba.alsc.crm.rule.querymdayerule`. */
export interface AlibabaAlscCrmRuleQuerymdayerulePlanRuleQueryOpenReqInput {
  /** 品牌ID */
  brand_id?: string;
  /** 最后更新时间 */
  last_update_time?: DateInput;
  /** 店铺ID */
  shop_id?: string;
  /** 外部店铺ID */
  out_shop_id?: string;
  /** 外部品牌ID */
  out_brand_id?: string;
  /** 是否包含已删除的数据 */
  deleted: boolean;
}

/** `CommonResult` of `alibaba.alsc.crm.rule.querymdayerule`. */
export interface AlibabaAlscCrmRuleQuerymdayeruleCommonResult {
  /** 成功状态 */
  biz_success?: boolean;
  /** 会员日模型 */
  result?: AlibabaAlscCrmRuleQuerymdayeruleMemDayRuleOpenInfo;
  /** 结果码 */
  result_code?: string;
  /** 结果描述 */
  result_desc?: string;
  /** 错误结果显示 */
  result_view?: string;
}

/** `MemDayRuleOpenInfo` of `alibaba.alsc.crm.rule.querymdayerule`. */
export interface AlibabaAlscCrmRuleQuerymdayeruleMemDayRuleOpenInfo {
  /** 是否已删除 */
  deleted?: boolean;
  /** 创建时间 */
  gmt_create?: string;
  /** 修改时间 */
  gmt_modified?: string;
  /** 会员等级和特价菜单的关系 */
  level_menu_list?: AlibabaAlscCrmRuleQuerymdayeruleLevelMenuOpenInfo[];
  /** 会员日积分奖励 */
  level_point_list?: AlibabaAlscCrmRuleQuerymdayeruleLevelPointOpenInfo[];
  /** 会员日是哪天：每周几，每月几天 逗号分隔的字符串 */
  mem_day_circle?: string;
  /** 会员周期，WEEK:每周，MONTH:每月 */
  mem_day_circle_type?: string;
  /** memDayRuleId */
  mem_day_rule_id?: string;
  /** 会员日期开关，总开关 */
  mem_day_switch?: boolean;
  /** 会员日特价菜单开关 */
  menu_switch?: boolean;
  /** 积分奖励开关 */
  point_switch?: boolean;
  /** 扩展信息 */
  ext_info?: string;
}

/** `LevelMenuOpenInfo` of `alibaba.alsc.crm.rule.querymdayerule`. */
export interface AlibabaAlscCrmRuleQuerymdayeruleLevelMenuOpenInfo {
  /** 是否已删除 */
  deleted?: boolean;
  /** 等级ID */
  level_id?: string;
  /** 等级名称 */
  level_name?: string;
  /** 菜品ID */
  menu_id?: string;
  /** 菜品名称 */
  menu_name?: string;
  /** 是否享受会员价 */
  use_switch?: boolean;
}

/** `LevelPointOpenInfo` of `alibaba.alsc.crm.rule.querymdayerule`. */
export interface AlibabaAlscCrmRuleQuerymdayeruleLevelPointOpenInfo {
  /** 是否已删除 */
  deleted?: boolean;
  /** 等级ID */
  level_id?: string;
  /** 等级名称 */
  level_name?: string;
  /** 积分奖励倍数 */
  times?: string;
  /** 是否参与积分奖励 */
  use_switch?: boolean;
}

const REQUEST_SCHEMA = {
  param_plan_rule_query_open_req: {
    brand_id: 'String',
    last_update_time: 'Date',
    shop_id: 'String',
    out_shop_id: 'String',
    out_brand_id: 'String',
    deleted: 'Boolean',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    biz_success: 'Boolean',
    result: {
      deleted: 'Boolean',
      gmt_create: 'Date',
      gmt_modified: 'Date',
      level_menu_list: [
        {
          deleted: 'Boolean',
          level_id: 'String',
          level_name: 'String',
          menu_id: 'String',
          menu_name: 'String',
          use_switch: 'Boolean',
        },
      ],
      level_point_list: [
        {
          deleted: 'Boolean',
          level_id: 'String',
          level_name: 'String',
          times: 'String',
          use_switch: 'Boolean',
        },
      ],
      mem_day_circle: 'String',
      mem_day_circle_type: 'String',
      mem_day_rule_id: 'String',
      mem_day_switch: 'Boolean',
      menu_switch: 'Boolean',
      point_switch: 'Boolean',
      ext_info: 'String',
    },
    result_code: 'String',
    result_desc: 'String',
    result_view: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alsc.crm.rule.querymdayerule`: method, response root, request and response schemas. */
export const alibabaAlscCrmRuleQuerymdayeruleOperation = {
  method: 'alibaba.alsc.crm.rule.querymdayerule',
  responseRoot: 'alibaba_alsc_crm_rule_querymdayerule_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询品牌下的会员日规则 — calls TOP method `alibaba.alsc.crm.rule.querymdayerule`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlscCrmRuleQuerymdayerule(
  client: TopClient,
  request: AlibabaAlscCrmRuleQuerymdayeruleRequest,
  options?: CallOptions,
): Promise<AlibabaAlscCrmRuleQuerymdayeruleResponse> {
  return client.call<AlibabaAlscCrmRuleQuerymdayeruleResponse>(
    {
      method: 'alibaba.alsc.crm.rule.querymdayerule',
      responseRoot: 'alibaba_alsc_crm_rule_querymdayerule_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
