// Generated from specs/xhotelitem/taobao.xhotel.rateplan.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.xhotel.rateplan.get` (价格计划rateplan查询). */
export interface TaobaoXhotelRateplanGetRequest {
  /** 废弃，使用rateplan_code */
  rpid?: Int64Input;
  /**
   * 系统商，一般不填写，使用须申请
   *
   * Max length: 50
   */
  vendor?: string;
  /**
   * 卖家自己系统的Code，简称RateCode
   *
   * Max length: 64
   */
  rateplan_code?: string;
}

/** Response of `taobao.xhotel.rateplan.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoXhotelRateplanGetResponse {
  /** rateplan */
  rateplan?: TaobaoXhotelRateplanGetRatePlan;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `RatePlan` of `taobao.xhotel.rateplan.get`. */
export interface TaobaoXhotelRateplanGetRatePlan {
  /** rateplan_id */
  rpid?: Int64;
  /** 卖家自己系统的Code，简称RateCode */
  rateplan_code?: string;
  /** RP名称 */
  name?: string;
  /** 英文名称 */
  english_name?: string;
  /** 支付类型 可选值 1：预付 5：前台面付 */
  payment_type?: Int64;
  /** 早餐数量 */
  breakfast_count?: Int64;
  /** 另加早餐数量 */
  fee_breakfast_count?: Int64;
  /** 另加早餐金额 */
  fee_breakfast_amount?: Int64;
  /** 额外服务-政府税-金额（1-9999） */
  fee_gov_tax_amount?: Int64;
  /** 额外服务-政府税-百分比（0%-99%） */
  fee_gov_tax_percent?: Int64;
  /** 额外服务-服务费-金额（0-9999） */
  fee_service_amount?: Int64;
  /** 额外服务-服务费-百分比（0%-99%） */
  fee_service_percent?: Int64;
  /** 额外服务的扩展，是一段JSON */
  extend_fee?: string;
  /** 最小入住天数（1-365） */
  min_days?: Int64;
  /** 最大入住天数（1-365） */
  max_days?: Int64;
  /** 首日入住房间数（1-99）【废弃】 */
  min_amount?: Int64;
  /** 最小提前预订小时按入住时间的23:59:59(一般认为24点)来计算 */
  min_adv_hours?: Int64;
  /** 最大提前预订小时按入住时间的23:59:59(一般认为24点)来计算 */
  max_adv_hours?: Int64;
  /** 每日生效时间默认00:00:00。生效时间＜结束时间 */
  start_time?: string;
  /** 每日结束时间默认24:00:00。生效时间＜结束时间 */
  end_time?: string;
  /** 退订政策 */
  cancel_policy?: string;
  /** extend */
  extend?: string;
  /** 状态 */
  status?: Int64;
  /** 创建时间 */
  created_time?: string;
  /** 修改时间 */
  modified_time?: string;
  /** 扩展字段1 */
  extend_info1?: string;
  /** 扩展字段2 */
  extend_info2?: string;
  /** 扩展字段3 */
  extend_info3?: string;
  /** 担保类型，只支持： 0 无担保 1 峰时首晚担保 2峰时全额担保 3全天首晚担保 4全天全额担保 */
  guarantee_type?: Int64;
  /** 每日开始担保时间 */
  guarantee_start_time?: string;
  /** 会员等级。支持多个等级","分隔 */
  member_level?: string;
  /** 销售渠道。如需开通，需要申请权限。目前支持的渠道有 H:飞猪全渠道（选择H，可实现飞猪、高德、支付宝、手淘均可售卖） O:钉钉商旅 。如果有多个用","分开，比如H,O。如果需要投放其他渠道，请联系飞猪运营或者技术支持。 */
  channel?: string;
  /** 入住人数 */
  occupancy?: Int64;
  /** 是否是首住优惠rp。1代表是 */
  first_stay?: Int64;
  /** 是否是协议价。1代表是 */
  agreement?: Int64;
  /** rateplan生效开始时间 */
  effective_time?: string;
  /** rateplan生效截止时间 */
  deadline_time?: string;
  /** 0支付宝担保 1PCI担保 */
  guarantee_mode?: Int64;
  /** 协议保留房提前确认时间 */
  allotment_release_time?: string;
  /** 是否包房RP 1包房RP,0 非包房rp */
  pack_room_flag?: Int64;
  /** 是否底价加价，1是底价加价,0 非底价加价rp */
  bottom_price_flag?: Int64;
  /** 是否为学生价 */
  is_student?: Int64;
  /** rp维度的发票信息,type:1.酒店提供发票；2.卖家提供发票,desc:发票描叙，比如：卖家包邮提供发票,格式为：{"type":1;"desc":""} */
  invoice_content?: string;
  /** 来源 */
  source?: Int64;
  /** key的含义: non-direct-RP 表示非直连RP, super-could-price-change-RP 表示rp的super标，打上这个tag，表明这个rateplan下单的时候支持变价，商家系统直接放开价格校验。 base-could-derived-RP 表示base rateplan标签，打上了这个tag，表明这是一个base的rateplan，基于该rateplan可以衍生出子rateplan . ebk-tail-room-RP 表示 ebk尾房rate plan级别标 */
  tag_json?: string;
  /** sell 端特殊RP 对应的 gid */
  sell_gid?: Int64;
  /** 可入住的最晚时间（小时房相关字段） */
  can_checkin_end?: string;
  /** 可入住的最早时间（小时房相关字段） */
  can_checkin_start?: string;
  /** 每日生效结束时间（仅时分秒有效） */
  end_time_daily?: string;
  /** rateplan类型 1为小时房 */
  rp_type?: string;
  /** 入住的开始跨度（小时房相关字段） */
  hourage?: string;
  /** 父rpid */
  parent_rpid?: Int64;
  /** 每日生效开始时间（仅时分秒有效） */
  start_time_daily?: string;
  /** 普通保留房提前确认时间 */
  common_allot_release_time?: string;
  /** companyAssist */
  company_assist?: Int64;
  /** hotelCompanyMappingDOS */
  hotel_company_mapping_d_o_s?: string;
  /** calBreakfastStr */
  cal_breakfast_str?: string;
  /** calGuaranteeStr */
  cal_guarantee_str?: string;
  /** calChangeRuleStr */
  cal_change_rule_str?: string;
  /** 可离店的最晚时间（小时房相关字段） */
  can_checkout_end?: string;
  /** 会员价加价规则。c:表示折扣百分比,例子8,意为会员价优惠8%,s:标识起始日期,e:表示截止日期，t:表示加价类型，0:代表折扣。会员价=售价*(1-c%) */
  member_discount_cal?: string;
  /** 会员价支持标识,1表示支持会员价规则 */
  mem_disc_flag?: Int64;
  /** 酒+X特色 */
  benefits?: string;
  /** 活动类型: 1通兑,2秒杀,3尾房,4超级房券 */
  activity_type?: string;
}

const REQUEST_SCHEMA = {
  rpid: 'Number',
  vendor: 'String',
  rateplan_code: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  rateplan: {
    rpid: 'Number',
    rateplan_code: 'String',
    name: 'String',
    english_name: 'String',
    payment_type: 'Number',
    breakfast_count: 'Number',
    fee_breakfast_count: 'Number',
    fee_breakfast_amount: 'Number',
    fee_gov_tax_amount: 'Number',
    fee_gov_tax_percent: 'Number',
    fee_service_amount: 'Number',
    fee_service_percent: 'Number',
    extend_fee: 'String',
    min_days: 'Number',
    max_days: 'Number',
    min_amount: 'Number',
    min_adv_hours: 'Number',
    max_adv_hours: 'Number',
    start_time: 'String',
    end_time: 'String',
    cancel_policy: 'String',
    extend: 'String',
    status: 'Number',
    created_time: 'Date',
    modified_time: 'Date',
    extend_info1: 'String',
    extend_info2: 'String',
    extend_info3: 'String',
    guarantee_type: 'Number',
    guarantee_start_time: 'String',
    member_level: 'String',
    channel: 'String',
    occupancy: 'Number',
    first_stay: 'Number',
    agreement: 'Number',
    effective_time: 'Date',
    deadline_time: 'Date',
    guarantee_mode: 'Number',
    allotment_release_time: 'String',
    pack_room_flag: 'Number',
    bottom_price_flag: 'Number',
    is_student: 'Number',
    invoice_content: 'String',
    source: 'Number',
    tag_json: 'String',
    sell_gid: 'Number',
    can_checkin_end: 'String',
    can_checkin_start: 'String',
    end_time_daily: 'Date',
    rp_type: 'String',
    hourage: 'String',
    parent_rpid: 'Number',
    start_time_daily: 'String',
    common_allot_release_time: 'String',
    company_assist: 'Number',
    hotel_company_mapping_d_o_s: 'String',
    cal_breakfast_str: 'String',
    cal_guarantee_str: 'String',
    cal_change_rule_str: 'String',
    can_checkout_end: 'String',
    member_discount_cal: 'String',
    mem_disc_flag: 'Number',
    benefits: 'String',
    activity_type: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.xhotel.rateplan.get`: method, response root, request and response schemas. */
export const taobaoXhotelRateplanGetOperation = {
  method: 'taobao.xhotel.rateplan.get',
  responseRoot: 'xhotel_rateplan_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 价格计划rateplan查询 — calls TOP method `taobao.xhotel.rateplan.get`.
 *
 * 酒店产品库rateplan查询
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoXhotelRateplanGet(
  client: TopClient,
  request: TaobaoXhotelRateplanGetRequest = {},
  options?: CallOptions,
): Promise<TaobaoXhotelRateplanGetResponse> {
  return client.call<TaobaoXhotelRateplanGetResponse>(
    {
      method: 'taobao.xhotel.rateplan.get',
      responseRoot: 'xhotel_rateplan_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
