// Generated from specs/alsc/alibaba.alsc.crm.open.rule.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alsc.crm.open.rule.get` (查询规则). */
export interface AlibabaAlscCrmOpenRuleGetRequest {
  /** 入参 */
  param_rule_open_req?: AlibabaAlscCrmOpenRuleGetRuleOpenReqInput;
}

/** Response of `alibaba.alsc.crm.open.rule.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlscCrmOpenRuleGetResponse {
  /** 接口结果 */
  result?: AlibabaAlscCrmOpenRuleGetCommonResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `RuleOpenReq` of `alibaba.alsc.crm.open.rule.get`. */
export interface AlibabaAlscCrmOpenRuleGetRuleOpenReqInput {
  /** saas品牌id */
  brand_id?: string;
  /** 手机号 */
  mobile?: string;
  /** 外部id */
  outer_id?: string;
  /** 外部id类型，wechat：微信openId alipay：支付宝 */
  outer_type?: string;
  /** 物理卡id */
  physical_card_id?: string;
  /** saas门店id */
  shop_id?: string;
}

/** `CommonResult` of `alibaba.alsc.crm.open.rule.get`. */
export interface AlibabaAlscCrmOpenRuleGetCommonResult {
  /** 是否成功 */
  biz_success?: boolean;
  /** 结果 */
  result?: AlibabaAlscCrmOpenRuleGetRuleOpenInfo;
  /** 结果码 */
  result_code?: string;
  /** 结果详情 */
  result_desc?: string;
  /** 结果显示 */
  result_view?: string;
}

/** `RuleOpenInfo` of `alibaba.alsc.crm.open.rule.get`. */
export interface AlibabaAlscCrmOpenRuleGetRuleOpenInfo {
  /** 积分规则 */
  point_deduction_rule?: AlibabaAlscCrmOpenRuleGetPointDeductionRuleOpenInfo;
  /** 券模板规则设置 */
  voucher_template_setting_open_infos?: AlibabaAlscCrmOpenRuleGetVoucherTemplateSettingOpenInfo[];
  /** 储值规则 */
  recharge_rule_open_info?: AlibabaAlscCrmOpenRuleGetRechargeRuleOpenInfo;
}

/** `PointDeductionRuleOpenInfo` of `alibaba.alsc.crm.open.rule.get`. */
export interface AlibabaAlscCrmOpenRuleGetPointDeductionRuleOpenInfo {
  /** 积分扣减规则 */
  member_point_deduction_rules?: AlibabaAlscCrmOpenRuleGetMemberPointDeductionRuleOpenInfo[];
  /** 是否与优惠券同享 */
  with_coupon?: boolean;
}

/** `MemberPointDeductionRuleOpenInfo` of `alibaba.alsc.crm.open.rule.get`. */
export interface AlibabaAlscCrmOpenRuleGetMemberPointDeductionRuleOpenInfo {
  /** 消费金额 */
  consume_money?: Int64;
  /** 抵扣积分 */
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

/** `VoucherTemplateSettingOpenInfo` of `alibaba.alsc.crm.open.rule.get`. */
export interface AlibabaAlscCrmOpenRuleGetVoucherTemplateSettingOpenInfo {
  /** 渠道POS,移动门店 */
  order_channel?: string;
  /** 每天限制 */
  per_day?: Int64;
  /** 每单限制 */
  per_order?: Int64;
  /** 适配的券模板id列表，为空代表适配全部 */
  voucher_template_ids?: string[];
}

/** `RechargeRuleOpenInfo` of `alibaba.alsc.crm.open.rule.get`. */
export interface AlibabaAlscCrmOpenRuleGetRechargeRuleOpenInfo {
  /** 规则id */
  rule_id?: string;
  /** 规则名称 */
  rule_name?: string;
  /** 满赠开关：false-关，true-开，默认关闭 */
  full_gift_switch?: boolean;
  /** 满赠类型：0-CUSTOMIZED自定义按金额（默认），1-PROPERTIONAL按百分比、 */
  gift_type?: string;
  /** 免密开关:0-关闭（默认），1-开启 */
  pay_no_pwd_switch?: boolean;
  /** 免密额度:-1表示不限额，单位为分，默认200_00L */
  pay_no_pwd_credit?: Int64;
  /** 扣减顺序：1-PERCENT_DEDUCT比例、2-REAL_BEFORE_GIFT_DEDUCT先实储后赠送、3-GIFT_BEFORE_REAL_DEDUCT先增储后实储 */
  deduction_order?: string;
  /** 门店id */
  shop_id?: string;
  /** 规则明细列表 */
  list_recharge_rule_detail_infos?: AlibabaAlscCrmOpenRuleGetRechargeRuleDetailOpenInfo[];
}

/** `RechargeRuleDetailOpenInfo` of `alibaba.alsc.crm.open.rule.get`. */
export interface AlibabaAlscCrmOpenRuleGetRechargeRuleDetailOpenInfo {
  /** 备注 */
  remark?: string;
  /** 赠送金额* 比例送55%：5500L * 金额送55.00元：5500L */
  gift_point?: Int64;
  /** 赠送积分 * 送10分：10L */
  gift_value?: Int64;
  /** 储值金额 * 100元：10000L */
  real_value?: Int64;
}

const REQUEST_SCHEMA = {
  param_rule_open_req: {
    brand_id: 'String',
    mobile: 'String',
    outer_id: 'String',
    outer_type: 'String',
    physical_card_id: 'String',
    shop_id: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    biz_success: 'Boolean',
    result: {
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
      voucher_template_setting_open_infos: [
        {
          order_channel: 'String',
          per_day: 'Number',
          per_order: 'Number',
          voucher_template_ids: ['String'],
        },
      ],
      recharge_rule_open_info: {
        rule_id: 'String',
        rule_name: 'String',
        full_gift_switch: 'Boolean',
        gift_type: 'String',
        pay_no_pwd_switch: 'Boolean',
        pay_no_pwd_credit: 'Number',
        deduction_order: 'String',
        shop_id: 'String',
        list_recharge_rule_detail_infos: [
          {
            remark: 'String',
            gift_point: 'Number',
            gift_value: 'Number',
            real_value: 'Number',
          },
        ],
      },
    },
    result_code: 'String',
    result_desc: 'String',
    result_view: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alsc.crm.open.rule.get`: method, response root, request and response schemas. */
export const alibabaAlscCrmOpenRuleGetOperation = {
  method: 'alibaba.alsc.crm.open.rule.get',
  responseRoot: 'alibaba_alsc_crm_open_rule_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询规则 — calls TOP method `alibaba.alsc.crm.open.rule.get`.
 *
 * 查询会员规则
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlscCrmOpenRuleGet(
  client: TopClient,
  request: AlibabaAlscCrmOpenRuleGetRequest = {},
  options?: CallOptions,
): Promise<AlibabaAlscCrmOpenRuleGetResponse> {
  return client.call<AlibabaAlscCrmOpenRuleGetResponse>(
    {
      method: 'alibaba.alsc.crm.open.rule.get',
      responseRoot: 'alibaba_alsc_crm_open_rule_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
