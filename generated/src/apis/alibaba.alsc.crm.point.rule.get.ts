// Generated from specs/alsc/alibaba.alsc.crm.point.rule.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alsc.crm.point.rule.get` (查询积分规则). */
export interface AlibabaAlscCrmPointRuleGetRequest {
  /** 入参 */
  param_query_point_rule_open_req?: AlibabaAlscCrmPointRuleGetQueryPointRuleOpenReqInput;
}

/** Response of `alibaba.alsc.crm.point.rule.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlscCrmPointRuleGetResponse {
  /** 接口结果 */
  result?: AlibabaAlscCrmPointRuleGetCommonResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `QueryPointRuleOpenReq` of `alibaba.alsc.crm.point.rule.get`. */
export interface AlibabaAlscCrmPointRuleGetQueryPointRuleOpenReqInput {
  /** 品牌id(不能和outbrandid同时为空) */
  brand_id?: string;
  /** 是否包含逻辑删除 */
  include_logical_delete?: boolean;
  /** 会员等级ID */
  level_id?: string;
  /** maxUpdateTime */
  max_update_time?: DateInput;
  /** 外部品牌ID(不能和brandid同时为空) */
  out_brand_id?: string;
  /** 外部门店ID(不能和shopid同时为空) */
  out_shop_id?: string;
  /** 门店ID(不能和outshopid同时为空) */
  shop_id?: string;
}

/** `CommonResult` of `alibaba.alsc.crm.point.rule.get`. */
export interface AlibabaAlscCrmPointRuleGetCommonResult {
  /** 业务执行是否成功 */
  biz_success?: boolean;
  /** 业务结果 */
  result?: AlibabaAlscCrmPointRuleGetPointRuleOpenInfo;
  /** 结果码 */
  result_code?: string;
  /** 结果描述 */
  result_desc?: string;
  /** 错误结果显示 */
  result_view?: string;
}

/** `PointRuleOpenInfo` of `alibaba.alsc.crm.point.rule.get`. */
export interface AlibabaAlscCrmPointRuleGetPointRuleOpenInfo {
  /** 创建者 */
  create_by?: string;
  /** 逻辑删除标志 */
  deleted?: boolean;
  /** 扩展信息 */
  ext_info?: AlibabaAlscCrmPointRuleGetExtinfo;
  /** 创建时间 */
  gmt_create?: string;
  /** 更新时间 */
  gmt_modified?: string;
  /** 规则名称 */
  name?: string;
  /** 积分获取规则 */
  point_addition_rule?: AlibabaAlscCrmPointRuleGetPointAdditionRuleOpenInfo;
  /** 积分清零规则 */
  point_clear_rule?: AlibabaAlscCrmPointRuleGetPointClearRuleOpenInfo;
  /** 积分扣减规则 */
  point_deduction_rule?: AlibabaAlscCrmPointRuleGetPointDeductionRuleOpenInfo;
  /** 规则的业务ID */
  rule_id?: string;
  /** 更新者 */
  update_by?: string;
  /** 更新者姓名 */
  update_by_name?: string;
  /** 创建者姓名 */
  create_by_name?: string;
}

/** `Extinfo` of `alibaba.alsc.crm.point.rule.get`. */
export interface AlibabaAlscCrmPointRuleGetExtinfo {
  /** null */
  empty?: boolean;
}

/** `PointAdditionRuleOpenInfo` of `alibaba.alsc.crm.point.rule.get`. */
export interface AlibabaAlscCrmPointRuleGetPointAdditionRuleOpenInfo {
  /** 可以获取积分的支付方式 */
  allow_pay_methods?: AlibabaAlscCrmPointRuleGetPayMethodPointAdditionRuleOpenInfo[];
  /** 不同会员等级的积分获取规则 */
  member_point_addition_rules?: AlibabaAlscCrmPointRuleGetMemberPointAdditionRuleOpenInfo[];
}

/** `PayMethodPointAdditionRuleOpenInfo` of `alibaba.alsc.crm.point.rule.get`. */
export interface AlibabaAlscCrmPointRuleGetPayMethodPointAdditionRuleOpenInfo {
  /** 是否开启 */
  enable?: boolean;
  /** 方法ID */
  method_id?: string;
  /** 方法名称 */
  method_name?: string;
}

/** `MemberPointAdditionRuleOpenInfo` of `alibaba.alsc.crm.point.rule.get`. */
export interface AlibabaAlscCrmPointRuleGetMemberPointAdditionRuleOpenInfo {
  /** 允许积分商品的范围 */
  allow_product_type?: string;
  /** 是否允许储值积分 */
  allow_recharge?: boolean;
  /** 消费的现金，单位为元 */
  consume_money?: Int64;
  /** 是否允许获取积分 */
  enable?: boolean;
  /** 会员等级ID */
  level_id?: string;
  /** 奖励的积分 */
  reward_point?: Int64;
  /** 商品SKU_ID列表 */
  sku_ids?: string[];
}

/** `PointClearRuleOpenInfo` of `alibaba.alsc.crm.point.rule.get`. */
export interface AlibabaAlscCrmPointRuleGetPointClearRuleOpenInfo {
  /** 多少天之后清零 */
  days?: Int64;
  /** 积分清零规则类型 */
  point_clear_rule_type?: string;
}

/** `PointDeductionRuleOpenInfo` of `alibaba.alsc.crm.point.rule.get`. */
export interface AlibabaAlscCrmPointRuleGetPointDeductionRuleOpenInfo {
  /** 会员等级维度的积分抵扣规则 */
  member_point_deduction_rules?: AlibabaAlscCrmPointRuleGetMemberPointDeductionRuleOpenInfo[];
  /** 是否与优惠券同享 */
  with_coupon?: boolean;
}

/** `MemberPointDeductionRuleOpenInfo` of `alibaba.alsc.crm.point.rule.get`. */
export interface AlibabaAlscCrmPointRuleGetMemberPointDeductionRuleOpenInfo {
  /** 消费的金额 */
  consume_money?: Int64;
  /** 抵扣的积分 */
  deducted_point?: Int64;
  /** 是否允许该等级进行积分抵现 */
  enable?: boolean;
  /** 单次使用是否有抵扣上限 */
  has_upper_limit?: boolean;
  /** 会员等级ID */
  level_id?: string;
  /** 单次使用的抵扣上限 */
  max_point?: Int64;
}

const REQUEST_SCHEMA = {
  param_query_point_rule_open_req: {
    brand_id: 'String',
    include_logical_delete: 'Boolean',
    level_id: 'String',
    max_update_time: 'Date',
    out_brand_id: 'String',
    out_shop_id: 'String',
    shop_id: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    biz_success: 'Boolean',
    result: {
      create_by: 'String',
      deleted: 'Boolean',
      ext_info: {
        empty: 'Boolean',
      },
      gmt_create: 'Date',
      gmt_modified: 'Date',
      name: 'String',
      point_addition_rule: {
        allow_pay_methods: [
          {
            enable: 'Boolean',
            method_id: 'String',
            method_name: 'String',
          },
        ],
        member_point_addition_rules: [
          {
            allow_product_type: 'String',
            allow_recharge: 'Boolean',
            consume_money: 'Number',
            enable: 'Boolean',
            level_id: 'String',
            reward_point: 'Number',
            sku_ids: ['String'],
          },
        ],
      },
      point_clear_rule: {
        days: 'Number',
        point_clear_rule_type: 'String',
      },
      point_deduction_rule: {
        member_point_deduction_rules: [
          {
            consume_money: 'Number',
            deducted_point: 'Number',
            enable: 'Boolean',
            has_upper_limit: 'Boolean',
            level_id: 'String',
            max_point: 'Number',
          },
        ],
        with_coupon: 'Boolean',
      },
      rule_id: 'String',
      update_by: 'String',
      update_by_name: 'String',
      create_by_name: 'String',
    },
    result_code: 'String',
    result_desc: 'String',
    result_view: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alsc.crm.point.rule.get`: method, response root, request and response schemas. */
export const alibabaAlscCrmPointRuleGetOperation = {
  method: 'alibaba.alsc.crm.point.rule.get',
  responseRoot: 'alibaba_alsc_crm_point_rule_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询积分规则 — calls TOP method `alibaba.alsc.crm.point.rule.get`.
 *
 * 新增积分规则查询接口,传入includeLogicalDelete和maxUpdateTime时走同步下行逻辑不然则走普通积分规则查询接口
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlscCrmPointRuleGet(
  client: TopClient,
  request: AlibabaAlscCrmPointRuleGetRequest = {},
  options?: CallOptions,
): Promise<AlibabaAlscCrmPointRuleGetResponse> {
  return client.call<AlibabaAlscCrmPointRuleGetResponse>(
    {
      method: 'alibaba.alsc.crm.point.rule.get',
      responseRoot: 'alibaba_alsc_crm_point_rule_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
