// Generated from specs/xhotelitem/taobao.xhotel.rateplan.update.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.xhotel.rateplan.update` (价格计划rateplan更新或添加). */
export interface TaobaoXhotelRateplanUpdateRequest {
  /** 不推荐使用，使用ratePlanCode来标识要修改的RP */
  rpid?: Int64Input;
  /**
   * 在淘宝搜索页面展示的房价名称；（添加RP时为必须）。注意该名称不要包含早餐相关信息，如果想维护早餐信息，请设置breakfast_count字段即可。
   *
   * Max length: 64
   */
  name?: string;
  /**
   * RP的英文名称
   *
   * Max length: 60
   */
  english_name?: string;
  /** -1,状态早餐，和入住人数有关系，几人价就是几份早餐；0：不含早1：含单早2：含双早N：含N早（1-99可选）；（添加RP时为必须） */
  breakfast_count?: Int64Input;
  /** 最小入住天数（1-90）。默认1,小时房RP请设置为1 */
  min_days?: Int64Input;
  /** 最大入住天数（1-90）。默认90,信用住最大入住天数不超过9天,小时房RP请设置为1,个别卖家支持180 */
  max_days?: Int64Input;
  /** 首日入住房间数（1-99）。默认1。【废弃】 */
  min_amount?: Int64Input;
  /** 最小提前预定小时数，从入住当天的24点往前计算。例如如果这个字段设置了48，代表必须至少提前两天预定，那么如果想预定24号入住，,必须在23号零点前下单。 */
  min_adv_hours?: Int64Input;
  /** 最大提前预定小时数，从入住当天的24点往前计算。例如如果这个字段设置了48，代表最多提前两天预定，那么如果想预定24号入住，,必须在23号零点以后下单。 */
  max_adv_hours?: Int64Input;
  /**
   * 产品每日开始销售时间，start_time一定为当天时间
   *
   * Max length: 8
   */
  start_time?: string;
  /**
   * 产品每日开始销售时间，start_time一定为当天时间
   *
   * Max length: 8
   */
  end_time?: string;
  /**
   * 退订政策字段，是个json串，参考示例值设置改字段的值。允许变更/取消：在XX年XX月XX日XX时前取消收取Y%的手续费，100>Y>=0允许变更/取消：在入住前X小时前取消收取Y%的手续费，100>Y>=0（不超过10条）。1.表示任意退{"cancelPolicyType":1};2.表示不能退{"cancelPolicyType":2};4.从入住当天24点往前推X小时前取消收取Y%手续费，否则不可取消{"cancelPolicyType":4,"policyInfo":{"48":10,"24":20}}表示，从入住日24点往前推提前至少48小时取消，收取10%的手续费，从入住日24点往前推提前至少24小时取消，收取20%的手续费;5.从24点往前推多少小时可退{"cancelPolicyType":5,"policyInfo":{"timeBefore":6}}表示从入住日24点往前推至少6个小时即入住日18点前可免费取消;6.从入住日24点往前推，至少提前小时数扣取首晚房费{"cancelPolicyType":6,"policyInfo":{"14":1}}表示入住日24点往前推14小时，即入住日10点前取消收取首晚房费。 注意：支付类型为预付，那么可以使用所有的退订类型,但是必须是非担保；支付类型为面付或者信任住并且是无担保，那么只能使用1类型的退订；支付类型为面付或者信任住并且为担保，那么只能使用2,5类型的退订；支付类型为在线预约，那么只能使用1,2,5类型的退改。如果支付类型是面付或者信任住并且为担保，那么如果传了4或者6的退订，那么会强制转成类型5。支持多段时间、多间夜扣款
   *
   * Max length: 500
   */
  cancel_policy?: string;
  /** 1：开启（默认）2：关闭。如果没传值那么默认默认值为1；（添加RP时为必须） */
  status?: Int64Input;
  /** 担保类型，只支持： 0 无担保 1 峰时首晚担保 2峰时全额担保 3全天首晚担保 4全天全额担保 */
  guarantee_type?: Int64Input;
  /** 分时担保每日开始担保时间。 （如果设置了峰时担保类型，那么峰时担保时间不能为空，并且必须大于等于8点） */
  guarantee_start_time?: string;
  /**
   * 双方映射后的会员等级。如需开通，需要申请权限，取值范围为：1,2,3,4,5,none。比如飞猪F3对应商家V4,则传4.（如果有疑问请联系对接技术支持）
   *
   * Max length: 20
   */
  member_level?: string;
  /**
   * 销售渠道。如需开通，需要申请权限。目前支持的渠道有 H:飞猪全渠道（选择H，可实现飞猪、高德、支付宝、手淘均可售卖） O:钉钉商旅 。如果有多个用","分开，比如H,O。如果需要投放其他渠道，请联系飞猪运营或者技术支持。
   *
   * Max length: 20
   */
  channel?: string;
  /**
   * 系统商，一般不用填写，使用须申请
   *
   * Max length: 50
   */
  vendor?: string;
  /**
   * 商家价格政策编码
   *
   * Max length: 64
   */
  rateplan_code?: string;
  /** 需申请会员权限。是否是新用户首住优惠rp。1-代表是。0-代表否。不填写代表不更新该字段。 */
  first_stay?: Int64Input;
  /** 价格类型字段：0.非协议价；1.集采协议价；如果不是协议价，请不要填写该字段。该字段有权限控制，如需使用，请联系阿里旅行运营。 如果不填写或者填写为0，默认是阿里旅行价 */
  agreement?: Int64Input;
  /** 在更新rateplan时，同时新增或更新早餐日历。 date：早餐政策属于具体哪一天 breakfast_count：这一天早餐的数量。>=0,<=99 如果date为空，那么会去读取startDate和endDate（格式都为"yyyy-MM-dd"），即早餐正常属于一个时间段。-1为状态早餐，和最终绑定的几人价有关，如果是一人价那么就是我一份早餐，二人价就是两份早餐。请注意，该字段仅能维护从当前时间开始，10年以内的数据，如果超过10年，会报错。 */
  breakfast_cal?: string;
  /** 在新增rateplan的同时新增取消政策日历。 json格式。 date：日历的某一天，格式为"yyyy-MM-dd" cancel_policy：日历某一天的价格政策。格式和限制同cancel_policy。 如果date为空，那么会读取startDate和endDate（格式都为"yyyy-MM-dd"），即取消政策属于某一个时间段。 注意：支付类型为预付，那么可以使用所有的退订类型，但是必须是非担保；支付类型为面付或者信任住并且是无担保，那么只能使用1类型的退订；支付类型为面付或者信任住并且为担保，那么只能使用2,5类型的退订；支付类型为在线预约，那么只能使用1,2,5类型的退改。如果支付类型是面付或者信任住并且为担保，那么如果传了4或者6的退订，那么会强制转成类型5。请注意，该字段仅能维护从当前时间开始，10年以内的数据，如果超过10年，会报错。 */
  cancel_policy_cal?: string;
  /** 在更新rateplan的同时，新增或更新担保日历。 date：担保日历的某一天。 guarantee:担保政策。 其中有两个属性：guaranteeType,guaranteeStartTime。 guaranteeType的可选值同guaranteeType字段，详见guaranteeType字段。guaranteeStartTime格式为"HH:mm" 。如果date为空，那么会读取startDate和endDate（格式都为"yyyy-MM-dd"），即担保政策属于某一个时间段。（如果设置了峰时担保类型，那么峰时担保时间不能为空，并且必须大于等于8点） 请注意，该字段仅能维护从当前时间开始，10年以内的数据，如果超过10年，会报错。 */
  guarantee_cal?: string;
  /** 生效开始时间，用来控制此rateplan生效的开始时间，配合字段deadline_time一起限定rp的有效期 */
  effective_time?: DateInput;
  /** 生效截止时间，用来控制此rateplan生效的截止时间，配合字段effective_time一起限定rp的有效期 */
  deadline_time?: DateInput;
  /** 支付类型，只支持：1：预付5：现付6: 信用住7:在线预约8:在线预约信用住。其中5,6,7,8三种类型需要申请权限 */
  payment_type?: Int64Input;
  /** rp类型，1为小时房。目前只支持小时房。如果不是小时房rateplan,则不要填写。如果想要清空该字段可以传入none */
  rp_type?: string;
  /** 小时房入住时间跨度。小时房特有字段。比如4小时的小时房，那么值为4 */
  hourage?: string;
  /** 最晚可选入住时间，小时房特有字段。格式为HH:mm */
  can_checkin_end?: string;
  /** 最早可选入住时间，小时房特有字段。格式为HH:mm */
  can_checkin_start?: string;
  /** 学生价，1：是；0：否 */
  is_student?: Int64Input;
  /** 酒店id */
  hid?: Int64Input;
  /** 房型id */
  rid?: Int64Input;
  /** 外部房型id */
  out_rid?: string;
  /** 外部酒店id */
  out_hid?: string;
  /** super rp标记，1是；0否 */
  super_rp_flag?: Int64Input;
  /** base rp标记，1是；0否 */
  base_rp_flag?: Int64Input;
  /** -9999 清空担保, 2 VCC担保, 1 PCI担保，0 支付宝担保(信用住产品担保方式只能为支付宝担保) */
  guarantee_mode?: Int64Input;
  /** operator */
  operator?: string;
  /** 父rpcode，使用场景：当一个rp发布变价rate的时候，用于下单时候传递约定的rpcode给外部 */
  parent_rp_code?: string;
  /** 父rpid，使用场景：当一个rp发布变价rate的时候，记录父rp信息，用于下单时候传递约定的rpcode给外部 */
  parent_rpid?: Int64Input;
  /** 更新RP时的 打标和去标 需求, 0 就是 去标, 1 就是打标, key的含义: non-direct-RP 表示非直连RP, super-could-price-change-RP 表示rp的super标，打上这个tag，表明这个rateplan下单的时候支持变价，商家系统直接放开价格校验。 base-could-derived-RP 表示base rateplan标签，打上了这个tag，表明这是一个base的rateplan，基于该rateplan可以衍生出子rateplan, ebk-tail-room-RP 表示 ebk尾房rate plan级别标, free-room 表示免房商品 */
  tag_json?: string;
  /** 协议保留房提前x小时自动确认时间 比如设置为6 那么从入住当日24点往前推6小时即18:00以前可以自动确认有房，否则是待确认 */
  allotment_release_time?: string;
  /** 是否包房RP 1包房RP,0 非包房rp */
  pack_room_flag?: string;
  /** 是否底价加价，1是底价加价,0 非底价加价rp */
  bottom_price_flag?: string;
  /** 价格计划名称name通过加工处理以后的值 */
  display_name?: string;
  /** 来源 */
  source?: Int64Input;
  /** 普通保留房提前x小时自动确认时间 比如设置为6 那么从入住当日24点往前推6小时即18:00以前可以自动确认有房，否则是待确认 */
  common_allot_release_time?: string;
  /** 是否企业托管RP 0-普通rp,1-企业托管rp */
  company_assist?: Int64Input;
  /** 酒店-企业-rp映射实体集合 */
  hotel_company_mapping_d_o_s?: string;
  /** 商品来源渠道。1：直采（直连酒店PMS）, 1-1：直采（非直连） 2：携程系, 3：美团, 4：国内旅行社分销, 5：海外供应商。非酒店资源方卖家必须提供商品来源渠道，携程系包括携程、去哪儿、艺龙。 */
  resource_type?: string;
  /** 最晚可选离店时间，小时房特有字段。格式为HH:mm */
  can_checkout_end?: string;
  /** 会员价支持标识,1表示支持会员价规则 */
  mem_disc_flag?: Int64Input;
  /** 会员价加价规则。c:表示折扣百分比,例子8,意为会员价优惠8%,s:标识起始日期,e:表示截止日期，t:表示加价类型，0:代表折扣。会员价=售价*(1-c%)。该字段使用需要联系小二 */
  member_discount_cal?: string;
  /** 卖点 */
  benefits?: string;
  /** 活动类型。1通兑 4超级房券 8直连免房 */
  activity_type?: string;
  /** 入住人限制 */
  guest_limit?: string;
  /** 在线预约关联关系推送，priceRuleNumber：加价规则序号 */
  online_booking_binding_info?: string;
  /** rp的权益信息。1. 额外积分 2. 优惠价格 3. 套餐权益 4.行政礼遇 */
  rights?: string;
  /** 商业化充值类型 seller充值到卖家 hotel充值到门店 */
  free_room_charge_dst_role?: string;
}

/** Response of `taobao.xhotel.rateplan.update`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoXhotelRateplanUpdateResponse {
  /** 修改的rp id */
  rpid?: Int64;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  rpid: 'Number',
  name: 'String',
  english_name: 'String',
  breakfast_count: 'Number',
  min_days: 'Number',
  max_days: 'Number',
  min_amount: 'Number',
  min_adv_hours: 'Number',
  max_adv_hours: 'Number',
  start_time: 'String',
  end_time: 'String',
  cancel_policy: 'String',
  status: 'Number',
  guarantee_type: 'Number',
  guarantee_start_time: 'String',
  member_level: 'String',
  channel: 'String',
  vendor: 'String',
  rateplan_code: 'String',
  first_stay: 'Number',
  agreement: 'Number',
  breakfast_cal: 'String',
  cancel_policy_cal: 'String',
  guarantee_cal: 'String',
  effective_time: 'Date',
  deadline_time: 'Date',
  payment_type: 'Number',
  rp_type: 'String',
  hourage: 'String',
  can_checkin_end: 'String',
  can_checkin_start: 'String',
  is_student: 'Number',
  hid: 'Number',
  rid: 'Number',
  out_rid: 'String',
  out_hid: 'String',
  super_rp_flag: 'Number',
  base_rp_flag: 'Number',
  guarantee_mode: 'Number',
  operator: 'String',
  parent_rp_code: 'String',
  parent_rpid: 'Number',
  tag_json: 'String',
  allotment_release_time: 'String',
  pack_room_flag: 'String',
  bottom_price_flag: 'String',
  display_name: 'String',
  source: 'Number',
  common_allot_release_time: 'String',
  company_assist: 'Number',
  hotel_company_mapping_d_o_s: 'String',
  resource_type: 'String',
  can_checkout_end: 'String',
  mem_disc_flag: 'Number',
  member_discount_cal: 'String',
  benefits: 'String',
  activity_type: 'String',
  guest_limit: 'String',
  online_booking_binding_info: 'String',
  rights: 'String',
  free_room_charge_dst_role: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  rpid: 'Number',
} as const satisfies ObjectSchema;

/** Static description of `taobao.xhotel.rateplan.update`: method, response root, request and response schemas. */
export const taobaoXhotelRateplanUpdateOperation = {
  method: 'taobao.xhotel.rateplan.update',
  responseRoot: 'xhotel_rateplan_update_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 价格计划rateplan更新或添加 — calls TOP method `taobao.xhotel.rateplan.update`.
 *
 * 酒店产品库rateplan更新或添加
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoXhotelRateplanUpdate(
  client: TopClient,
  request: TaobaoXhotelRateplanUpdateRequest = {},
  options?: CallOptions,
): Promise<TaobaoXhotelRateplanUpdateResponse> {
  return client.call<TaobaoXhotelRateplanUpdateResponse>(
    {
      method: 'taobao.xhotel.rateplan.update',
      responseRoot: 'xhotel_rateplan_update_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
