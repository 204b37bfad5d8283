// Generated from specs/alsc/alibaba.alsc.crm.card.query.template.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alsc.crm.card.query.template` (查询卡模板详情). */
export interface AlibabaAlscCrmCardQueryTemplateRequest {
  /** 请求对象 */
  param_query_card_template_open_req?: AlibabaAlscCrmCardQueryTemplateQueryCardTemplateOpenReqInput;
}

/** Response of `alibaba.alsc.crm.card.query.template`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlscCrmCardQueryTemplateResponse {
  /** 接口结果 */
  result?: AlibabaAlscCrmCardQueryTemplateCommonResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `QueryCardTemplateOpenReq` of `alibaba.alsc.crm.card.query.template`. */
export interface AlibabaAlscCrmCardQueryTemplateQueryCardTemplateOpenReqInput {
  /** 品牌id */
  brand_id?: string;
  /** 卡模板ID */
  card_template_id?: string;
  /** 外部品牌id,brandId与out_brand_id不可同时为空 */
  out_brand_id?: string;
  /** 外部门店id */
  out_shop_id?: string;
  /** 门店id */
  shop_id?: string;
  /** 是否包含逻辑删除 */
  include_logical_delete?: boolean;
  /** 最后一次更新时间 */
  max_update_time?: DateInput;
  /** 物理卡号 */
  physical_card_id?: string;
}

/** `CommonResult` of `alibaba.alsc.crm.card.query.template`. */
export interface AlibabaAlscCrmCardQueryTemplateCommonResult {
  /** 成功状态 */
  biz_success?: boolean;
  /** 结果 */
  result?: AlibabaAlscCrmCardQueryTemplateCardTemplateOpenInfo;
  /** 结果码 */
  result_code?: string;
  /** 结果描述 */
  result_desc?: string;
  /** 错误结果显示 */
  result_view?: string;
}

/** `CardTemplateOpenInfo` of `alibaba.alsc.crm.card.query.template`. */
export interface AlibabaAlscCrmCardQueryTemplateCardTemplateOpenInfo {
  /** 卡模板id */
  card_template_id?: string;
  /** 卡类型 */
  card_type?: string;
  /** 创建人 */
  create_by?: string;
  /** 逻辑删除 */
  deleted?: boolean;
  /** 过期类型 */
  expire_type?: string;
  /** 过期值 */
  expire_value?: string;
  /** 扩展信息 */
  ext_info?: AlibabaAlscCrmCardQueryTemplateExtinfo;
  /** 创建时间 */
  gmt_create?: string;
  /** 更新时间 */
  gmt_modified?: string;
  /** 特价菜单ID */
  menu_id?: string;
  /** 特价菜限制 */
  menu_limit_type?: string;
  /** 特价菜单开关 */
  menu_switch?: boolean;
  /** 卡模板名称 */
  name?: string;
  /** 开卡礼包开关 */
  open_gift_switch?: boolean;
  /** 运营计划ID */
  opt_plan_id?: string;
  /** 工本费金额 */
  phy_card_fee_amount?: Int64;
  /** 是否可退卡费 */
  phy_card_fee_back?: boolean;
  /** 工本费开关 */
  phy_card_fee_switch?: boolean;
  /** 开卡礼包-赠送预储金额 */
  pre_recharge_amount?: Int64;
  /** 开卡礼包-有效期结束是否清零 */
  recharge_clear?: boolean;
  /** 储值规则信息 */
  recharge_rule_open_info?: AlibabaAlscCrmCardQueryTemplateRechargeRuleOpenInfo;
  /** 储值门店列表 */
  recharge_shop_ids?: string[];
  /** 储值开关 */
  recharge_switch?: boolean;
  /** 售价 */
  sell_price?: Int64;
  /** 售卡门店分组ID */
  sell_shop_group_id?: string;
  /** 售卡门店列表 */
  sell_shop_ids?: string[];
  /** 何时开始计算有效期 */
  startexpire_type?: string;
  /** 卡模板状态 */
  status?: string;
  /** 修改人 */
  update_by?: string;
  /** 使用限制 */
  use_limit_type?: string;
  /** 使用门店列表 */
  use_shop_ids?: string[];
  /** 开卡礼包-优惠券模板列表 */
  vouchers?: AlibabaAlscCrmCardQueryTemplateOpenGiftVoucherOpenInfo[];
  /** 微信卡扩展 */
  wx_card_ext?: AlibabaAlscCrmCardQueryTemplateWxCardOpenExt;
  /** 微信卡开关 */
  wx_card_switch?: boolean;
  /** 外部储值门店 */
  out_recharge_shop_ids?: string[];
  /** 外部适用门店 */
  out_use_shop_ids?: string[];
  /** 外部出售门店 */
  out_sell_shop_ids?: string[];
}

/** `Extinfo` of `alibaba.alsc.crm.card.query.template`. */
export interface AlibabaAlscCrmCardQueryTemplateExtinfo {
  /** Map */
  empty?: boolean;
}

/** `RechargeRuleOpenInfo` of `alibaba.alsc.crm.card.query.template`. */
export interface AlibabaAlscCrmCardQueryTemplateRechargeRuleOpenInfo {
  /** 卡类型：0-会员卡，1-礼品卡 */
  card_type?: string;
  /** 创建人 */
  create_by?: string;
  /** 扣减顺序：0-比例、1-先实储后赠送、2-先增储后实储 */
  deduction_order?: string;
  /** 逻辑删除标记 */
  deleted?: boolean;
  /** 扩展信息 */
  ext_info?: AlibabaAlscCrmCardQueryTemplateExtinfo;
  /** 满赠开关：false-关，true-开，默认关闭 */
  full_gift_switch?: boolean;
  /** 满赠类型：0-按金额（默认），1-按百分比、 */
  gift_type?: string;
  /** 创建时间 */
  gmt_create?: string;
  /** 修改时间 */
  gmt_modified?: string;
  /** 规则明细列表 */
  list_recharge_rule_detail_info_list?: AlibabaAlscCrmCardQueryTemplateRechargeRuleDetailOpenInfo[];
  /** 免密额度:-1表示不限额，单位为分，默认200_00L */
  pay_no_pwd_credit?: Int64;
  /** 免密开关:0-关闭（默认），1-开启 */
  pay_no_pwd_switch?: boolean;
  /** 规则id */
  rule_id?: string;
  /** 储值规则名称 */
  rule_name?: string;
  /** 门店id */
  shop_id?: string;
  /** 修改人 */
  update_by?: string;
  /** 外部门店ID */
  out_shop_id?: string;
}

/** `RechargeRuleDetailOpenInfo` of `alibaba.alsc.crm.card.query.template`. */
export interface AlibabaAlscCrmCardQueryTemplateRechargeRuleDetailOpenInfo {
  /** 赠送积分 */
  gift_point?: Int64;
  /** 赠送金额 */
  gift_value?: Int64;
  /** 储值金额 */
  real_value?: Int64;
  /** 备注信息 */
  remark?: string;
}

/** `OpenGiftVoucherOpenInfo` of `alibaba.alsc.crm.card.query.template`. */
export interface AlibabaAlscCrmCardQueryTemplateOpenGiftVoucherOpenInfo {
  /** 数量 */
  num?: Int64;
  /** 券模板ID */
  voucher_id?: string;
}

/** `WxCardOpenExt` of `alibaba.alsc.crm.card.query.template`. */
export interface AlibabaAlscCrmCardQueryTemplateWxCardOpenExt {
  /** 品牌logoURL */
  brand_logo?: string;
  /** 统一卡面URL */
  general_bg_logo?: string;
  /** 是否统一卡面 */
  general_bg_switch?: boolean;
  /** 支付后是否可领取 */
  paid_get_switch?: boolean;
  /** 等级卡面 */
  wx_level_bgs?: AlibabaAlscCrmCardQueryTemplateWxLevelBgOpenInfo[];
}

/** `WxLevelBgOpenInfo` of `alibaba.alsc.crm.card.query.template`. */
export interface AlibabaAlscCrmCardQueryTemplateWxLevelBgOpenInfo {
  /** 卡面URL */
  bg_url?: string;
  /** 等级ID */
  level_id?: string;
  /** 等级名称 */
  level_name?: string;
}

const REQUEST_SCHEMA = {
  param_query_card_template_open_req: {
    brand_id: 'String',
    card_template_id: 'String',
    out_brand_id: 'String',
    out_shop_id: 'String',
    shop_id: 'String',
    include_logical_delete: 'Boolean',
    max_update_time: 'Date',
    physical_card_id: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    biz_success: 'Boolean',
    result: {
      card_template_id: 'String',
      card_type: 'String',
      create_by: 'String',
      deleted: 'Boolean',
      expire_type: 'String',
      expire_value: 'String',
      ext_info: {
        empty: 'Boolean',
      },
      gmt_create: 'Date',
      gmt_modified: 'Date',
      menu_id: 'String',
      menu_limit_type: 'String',
      menu_switch: 'Boolean',
      name: 'String',
      open_gift_switch: 'Boolean',
      opt_plan_id: 'String',
      phy_card_fee_amount: 'Number',
      phy_card_fee_back: 'Boolean',
      phy_card_fee_switch: 'Boolean',
      pre_recharge_amount: 'Number',
      recharge_clear: 'Boolean',
      recharge_rule_open_info: {
        card_type: 'String',
        create_by: 'String',
        deduction_order: 'String',
        deleted: 'Boolean',
        ext_info: {
          empty: 'Boolean',
        },
        full_gift_switch: 'Boolean',
        gift_type: 'String',
        gmt_create: 'Date',
        gmt_modified: 'Date',
        list_recharge_rule_detail_info_list: [
          {
            gift_point: 'Number',
            gift_value: 'Number',
            real_value: 'Number',
            remark: 'String',
          },
        ],
        pay_no_pwd_credit: 'Number',
        pay_no_pwd_switch: 'Boolean',
        rule_id: 'String',
        rule_name: 'String',
        shop_id: 'String',
        update_by: 'String',
        out_shop_id: 'String',
      },
      recharge_shop_ids: ['String'],
      recharge_switch: 'Boolean',
      sell_price: 'Number',
      sell_shop_group_id: 'String',
      sell_shop_ids: ['String'],
      startexpire_type: 'String',
      status: 'String',
      update_by: 'String',
      use_limit_type: 'String',
      use_shop_ids: ['String'],
      vouchers: [
        {
          num: 'Number',
          voucher_id: 'String',
        },
      ],
      wx_card_ext: {
        brand_logo: 'String',
        general_bg_logo: 'String',
        general_bg_switch: 'Boolean',
        paid_get_switch: 'Boolean',
        wx_level_bgs: [
          {
            bg_url: 'String',
            level_id: 'String',
            level_name: 'String',
          },
        ],
      },
      wx_card_switch: 'Boolean',
      out_recharge_shop_ids: ['String'],
      out_use_shop_ids: ['String'],
      out_sell_shop_ids: ['String'],
    },
    result_code: 'String',
    result_desc: 'String',
    result_view: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alsc.crm.card.query.template`: method, response root, request and response schemas. */
export const alibabaAlscCrmCardQueryTemplateOperation = {
  method: 'alibaba.alsc.crm.card.query.template',
  responseRoot: 'alibaba_alsc_crm_card_query_template_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询卡模板详情 — calls TOP method `alibaba.alsc.crm.card.query.template`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlscCrmCardQueryTemplate(
  client: TopClient,
  request: AlibabaAlscCrmCardQueryTemplateRequest = {},
  options?: CallOptions,
): Promise<AlibabaAlscCrmCardQueryTemplateResponse> {
  return client.call<AlibabaAlscCrmCardQueryTemplateResponse>(
    {
      method: 'alibaba.alsc.crm.card.query.template',
      responseRoot: 'alibaba_alsc_crm_card_query_template_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
