// Generated from specs/alsc/alibaba.alsc.crm.rule.querympricerule.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alsc.crm.rule.querympricerule` (查询品牌下的会员价规则). */
export interface AlibabaAlscCrmRuleQuerympriceruleRequest {
  /** 系统自动生成 */
  param_plan_rule_query_open_req: AlibabaAlscCrmRuleQuerympricerulePlanRuleQueryOpenReqInput;
}

/** Response of `alibaba.alsc.crm.rule.querympricerule`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlscCrmRuleQuerympriceruleResponse {
  /** 接口结果 */
  result?: AlibabaAlscCrmRuleQuerympriceruleCommonResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `PlanRuleQueryOpenReq` of `alibaba.alsc.crm.rule.querympricerule`. */
export interface AlibabaAlscCrmRuleQuerympricerulePlanRuleQueryOpenReqInput {
  /** 品牌ID */
  brand_id?: string;
  /** 最后更新时间 */
  last_update_time?: DateInput;
  /** 店铺ID */
  shop_id?: string;
  /** 外部品牌ID */
  out_brand_id?: string;
  /** 外部店铺ID */
  out_shop_id?: string;
  /** 是否包括已删除的数据 */
  deleted: boolean;
}

/** `CommonResult` of `alibaba.alsc.crm.rule.querympricerule`. */
export interface AlibabaAlscCrmRuleQuerympriceruleCommonResult {
  /** 成功状态 */
  biz_success?: boolean;
  /** 会员价规则模型 */
  result?: AlibabaAlscCrmRuleQuerympriceruleMemPriceRuleOpenInfo;
  /** 结果码 */
  result_code?: string;
  /** 结果描述 */
  result_desc?: string;
  /** 错误结果显示 */
  result_view?: string;
}

/** `MemPriceRuleOpenInfo` of `alibaba.alsc.crm.rule.querympricerule`. */
export interface AlibabaAlscCrmRuleQuerympriceruleMemPriceRuleOpenInfo {
  /** 是否已删除 */
  deleted?: boolean;
  /** 创建时间 */
  gmt_create?: string;
  /** 修改时间 */
  gmt_modified?: string;
  /** 会员等级和特价菜单的关系 */
  level_menu_list?: AlibabaAlscCrmRuleQuerympriceruleLevelMenuOpenInfo[];
  /** 支付方式限制，UNLIMITED_PAY：无限制，RECHARGE_PAY：储值整单支付 */
  pay_type?: string;
  /** 扩展信息 */
  ext_info?: string;
}

/** `LevelMenuOpenInfo` of `alibaba.alsc.crm.rule.querympricerule`. */
export interface AlibabaAlscCrmRuleQuerympriceruleLevelMenuOpenInfo {
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

const REQUEST_SCHEMA = {
  param_plan_rule_query_open_req: {
    brand_id: 'String',
    last_update_time: 'Date',
    shop_id: 'String',
    out_brand_id: 'String',
    out_shop_id: 'String',
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
      pay_type: 'String',
      ext_info: 'String',
    },
    result_code: 'String',
    result_desc: 'String',
    result_view: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alsc.crm.rule.querympricerule`: method, response root, request and response schemas. */
export const alibabaAlscCrmRuleQuerympriceruleOperation = {
  method: 'alibaba.alsc.crm.rule.querympricerule',
  responseRoot: 'alibaba_alsc_crm_rule_querympricerule_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询品牌下的会员价规则 — calls TOP method `alibaba.alsc.crm.rule.querympricerule`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlscCrmRuleQuerympricerule(
  client: TopClient,
  request: AlibabaAlscCrmRuleQuerympriceruleRequest,
  options?: CallOptions,
): Promise<AlibabaAlscCrmRuleQuerympriceruleResponse> {
  return client.call<AlibabaAlscCrmRuleQuerympriceruleResponse>(
    {
      method: 'alibaba.alsc.crm.rule.querympricerule',
      responseRoot: 'alibaba_alsc_crm_rule_querympricerule_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
