// Generated from specs/xhotelitem/taobao.xhotel.rateplan.add.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.xhotel.rateplan.add` (酒店产品库rateplan添加). */
export interface TaobaoXhotelRateplanAddRequest {
  /**
   * 卖家自己系统的Code，简称RateCode
   *
   * Max length: 64
   */
  rateplan_code: string;
  /**
   * 在淘宝搜索页面展示的房价名称。请注意名称里不要维护早餐信息，如果想设置早餐信息，请设置breakfast_count字段即可
   *
   * Max length: 64
   */
  name: string;
  /**
   * RP的英文名称
   *
   * Max length: 60
   */
  english_name?: string;
  /** 支付类型，只支持：1：预付5：现付6: 信用住7:预付在线预约8:信用住在线预约。其中5,6,7,8四种类型需要申请权限 */
  payment_type: Int64Input;
  /** -1：状态早餐,有具体几人价有关系，几人价是几份早餐;0：不含早1：含单早2：含双早N：含N早（-1-99可选） */
  breakfast_count: Int64Input;
  /** 废弃 */
  fee_breakfast_count?: Int64Input;
  /** 不推荐使用 */
  fee_breakfast_amount?: Int64Input;
  /** 不推荐使用 */
  fee_gov_tax_amount?: Int64Input;
  /** 不推荐使用 */
  fee_gov_tax_percent?: Int64Input;
  /** 不推荐使用 */
  fee_service_amount?: Int64Input;
  /** 不推荐使用 */
  fee_service_percent?: Int64Input;
  /**
   * 不推荐使用
   *
   * Max length: 500
   */
  extend_fee?: string;
  /** 最小入住天数（1-90）。默认1,小时房RP请设置为1 */
  min_days?: Int64Input;
  /** 最大入住天数（1-90）。默认90 信用住不超过9天,小时房RP请设置为1,特殊商家支持180天 */
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
   * Max length: 5
   */
  start_time?: string;
  /**
   * 产品每日结束销售时间,当end_time=12:00:00,表明可售时间从当天12点到次日的凌晨6点（扩展此信息主要为了描述尾房的rp）注意start_time一定是当天的时间。尾房18：00起可售
   *
   * Max length: 5
   */
  end_time?: string;
  /**
   * 退订政策字段，是个json串，参考示例值设置改字段的值。允许变更/取消：在XX年XX月XX日XX时前取消收取Y%的手续费，100>Y>=0允许变更/取消：在入住前X小时前取消收取Y%的手续费，100>Y>=0（不超过10条）。1.表示任意退{"cancelPolicyType":1};2.表示不能退{"cancelPolicyType":2};4.从入住当天24点往前推X小时前取消收取Y%手续费，否则不可取消{"cancelPolicyType":4,"policyInfo":{"48":10,"24":20}}表示，从入住日24点往前推提前至少48小时取消，收取10%的手续费，从入住日24点往前推提前至少24小时取消，收取20%的手续费;5.从24点往前推多少小时可退{"cancelPolicyType":5,"policyInfo":{"timeBefore":6}}表示从入住日24点往前推至少6个小时即入住日18点前可免费取消;6.从入住日24点往前推，至少提前小时数扣取首晚房费{"cancelPolicyType":6,"policyInfo":{"14":1}}表示入住日24点往前推14小时，即入住日10点前取消收取首晚房费。 注意：支付类型为预付，那么可以使用所有的退订类型,但是必须是非担保；支付类型为面付或者信任住并且是无担保，那么只能使用1类型的退订；支付类型为面付或者信任住并且为担保，那么只能使用2,5类型的退订；支付类型为在线预约，那么只能使用1,2,5类型的退改。如果支付类型是面付或者信任住并且为担保，那么如果传了4或者6的退订，那么会强制转成类型5。支持多段时间,多间夜扣款。阶梯退手续费限制请查看https://hot.bbs.taobao.com/detail.html?postId=8892814
   *
   * Max length: 500
   */
  cancel_policy: string;
  /**
   * 个性化定制扩展信息的JSON。注：此字段的值需要ISV在接入前与淘宝沟通，且确认能解析
   *
   * Max length: 500
   */
  extend?: string;
  /** 1：开启（默认）2：关闭。如果没传值那么默认默认值为1 */
  status: Int64Input;
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
  /** 不推送则默认2人，如有低于2人的RP限制请推送该字段。 */
  occupancy?: Int64Input;
  /**
   * 系统商，一般不填写，使用须申请
   *
   * Max length: 50
   */
  vendor?: string;
  /** 需申请会员权限。是否是新用户首住优惠rp。1-代表是。0或者不填写代表否 */
  first_stay?: Int64Input;
  /** 废弃。价格类型字段：0.非协议价；1.集采协议价；如果不是协议价，请不要填写该字段。该字段有权限控制，如需使用，请联系阿里旅行运营。 如果不填写或者填写为0，默认是阿里旅行价 */
  agreement?: Int64Input;
  /**
   * 不推荐使用，使用改规则
   *
   * Max length: 50
   */
  cancel_before_day?: Int64Input;
  /**
   * 不推荐使用，使用改规则
   *
   * Max length: 50
   */
  cancel_before_hour?: string;
  /** 在添加rateplan时，同时新增早餐日历。date：说明这条记录的早餐政策breakfast_count：这一天早餐的数量。>=-1,<=99。如果date为空，那么会去读取startDate和endDate（格式都为"yyyy-MM-dd"），即早餐正常属于一个时间段。-1为状态早餐，和最终绑定的几人价有关，如果是一人价那么就是我一份早餐，二人价就是两份早餐。请注意，该字段仅能维护从当前时间开始，10年以内的数据，如果超过10年，会报错。 */
  breakfast_cal?: string;
  /** 在新增rateplan的同时新增取消政策日历。 json格式。 date：日历的某一天，格式为"yyyy-MM-dd" cancel_policy：日历某一天的价格政策。格式和限制同cancel_policy。 如果date为空，那么会读取startDate和endDate（格式都为"yyyy-MM-dd"），即取消政策属于某一个时间段。 注意：支付类型为预付，那么可以使用所有的退订类型，但是必须是非担保；支付类型为面付或者信任住并且是无担保，那么只能使用1类型的退订；支付类型为面付或者信任住并且为担保，那么只能使用2,5类型的退订；支付类型为在线预约，那么只能使用1,2,5类型的退改。如果支付类型是面付或者信任住并且为担保，那么如果传了4或者6的退订，那么会强制转成类型5。请注意，该字段仅能维护从当前时间开始，10年以内的数据，如果超过10年，会报错。阶梯退手续费限制请查看https://hot.bbs.taobao.com/detail.html?postId=8892814 */
  cancel_policy_cal?: string;
  /** 在新增rateplan的同时，新增担保日历。date：担保日历的某一天。guarantee:担保政策。其中有两个属性：guaranteeType,guaranteeStartTime。 guaranteeType的可选值同guaranteeType字段，详见guaranteeType字段。guaranteeStartTime格式为"HH:mm"。如果date为空，那么会读取startDate和endDate（格式都为"yyyy-MM-dd"），即担保政策属于某一个时间段。（如果设置了峰时担保类型，那么峰时担保时间不能为空，并且必须大于等于8点）。请注意，该字段仅能维护从当前时间开始，10年以内的数据，如果超过10年，会报错。 */
  guarantee_cal?: string;
  /** 生效开始时间，用来控制此rateplan生效的开始时间，配合字段deadline_time一起限定rp的有效期 */
  effective_time?: DateInput;
  /** 生效截止时间，用来控制此rateplan生效的截止时间，配合字段effective_time一起限定rp的有效期 */
  deadline_time?: DateInput;
  /** rp类型，1为小时房。目前只支持小时房。如果不是小时房rateplan,则不要填写。如果想要清空该字段可以传入none */
  rp_type?: string;
  /** 小时房入住时间跨度。小时房特有字段。比如4小时的小时房，那么值为4 */
  hourage?: string;
  /** 最早可选入住时间，小时房特有字段。格式为HH:mm */
  can_checkin_end?: string;
  /** 最晚可选入住时间，小时房特有字段。格式为HH:mm */
  can_checkin_start?: string;
  /** 儿童最大年龄(0-18) */
  max_child_age?: Int64Input;
  /** 儿童最小年龄(0-18) */
  min_child_age?: Int64Input;
  /** 婴儿最大年龄(0-18) */
  max_infant_age?: Int64Input;
  /** 婴儿最小年龄(0-18) */
  min_infant_age?: Int64Input;
  /** 餐食描述 */
  dinning_desc?: string;
  /** 是否学生价，0：否；1：是。 */
  is_student?: Int64Input;
  /** 酒店id */
  hid?: Int64Input;
  /** 房型id */
  rid?: Int64Input;
  /** 外部酒店id */
  out_hid?: string;
  /**
   * 外部房型id
   *
   * Max length: 64
   */
  out_rid?: string;
  /** super rp标记，1是；0否 */
  super_rp_flag?: Int64Input;
  /** base rp标记，1是；0否 */
  base_rp_flag?: Int64Input;
  /** 2 VCC担保 1 PCI担保 0 支付宝担保(信用住产品担保方式只能为支付宝担保) */
  guarantee_mode?: Int64Input;
  /** 父rpid,使用场景：当一个rp发布变价rate的时候，记录父rp信息，用于下单时候传递约定的rpcode给外部 */
  parent_rp_code?: string;
  /** 父rpcode，使用场景：当一个rp发布变价rate的时候，用于下单时候传递约定的rpcode给外部 */
  parent_rpid?: Int64Input;
  /** 操作rateplan的来源 */
  operator?: string;
  /** 新增RP时的 打标和去标 需求, */
  tag_json?: string;
  /** 来源 */
  source?: Int64Input;
  /** 保留房提前x小时自动确认时间，比如设置为6 那么从入住当日24点往前推6小时即18:00以前可以自动确认有房，否则是待确认 */
  allotment_release_time?: string;
  /** 普通保留房提前x小时自动确认时间，比如设置为6 那么从入住当日24点往前推6小时即18:00以前可以自动确认有房，否则是待确认 */
  common_allot_release_time?: string;
  /** 商品来源渠道。1：直采（直连酒店PMS）, 1-1：直采（非直连） 2：携程系, 3：美团, 4：国内旅行社分销, 5：海外供应商。非酒店资源方卖家必须提供商品来源渠道，携程系包括携程、去哪儿、艺龙。 */
  resource_type?: string;
  /** 是否底价加价，1是底价加价,0 非底价加价rp */
  bottom_price_flag?: Int64Input;
  /** 最晚可选离店时间，小时房特有字段。格式为HH:mm */
  can_checkout_end?: string;
  /** 会员价支持标识,1表示支持会员价规则 */
  mem_disc_flag?: Int64Input;
  /** 会员价加价规则。c:表示折扣百分比,例子8,意为会员价优惠8%,s:标识起始日期,e:表示截止日期，t:表示加价类型，0:代表折扣。会员价=售价*(1-c%) */
  member_discount_cal?: string;
  /** RP入住人限制信息。JSON格式 */
  guest_limit?: string;
  /** RP参与的活动，3为尾房,4超级房券,8直连免房 */
  activity_type?: string;
  /** 在线预约关联关系推送，priceRuleNumber：加价规则序号 */
  online_booking_binding_info?: string;
  /** rp的权益信息, 调用该字段请优先联系对接业务同学。type枚举: eeo,meo, value取值:1. 额外积分 2. 优惠价格 3. 套餐权益 4.行政礼遇。 */
  rights?: string;
  /** 商业化充值类型 seller充值到卖家 hotel充值到门店 */
  free_room_charge_dst_role?: string;
}

/** Response of `taobao.xhotel.rateplan.add`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoXhotelRateplanAddResponse {
  /** 生成的rp id */
  rpid?: Int64;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
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
  guarantee_type: 'Number',
  guarantee_start_time: 'String',
  member_level: 'String',
  channel: 'String',
  occupancy: 'Number',
  vendor: 'String',
  first_stay: 'Number',
  agreement: 'Number',
  cancel_before_day: 'Number',
  cancel_before_hour: 'String',
  breakfast_cal: 'String',
  cancel_policy_cal: 'String',
  guarantee_cal: 'String',
  effective_time: 'Date',
  deadline_time: 'Date',
  rp_type: 'String',
  hourage: 'String',
  can_checkin_end: 'String',
  can_checkin_start: 'String',
  max_child_age: 'Number',
  min_child_age: 'Number',
  max_infant_age: 'Number',
  min_infant_age: 'Number',
  dinning_desc: 'String',
  is_student: 'Number',
  hid: 'Number',
  rid: 'Number',
  out_hid: 'String',
  out_rid: 'String',
  super_rp_flag: 'Number',
  base_rp_flag: 'Number',
  guarantee_mode: 'Number',
  parent_rp_code: 'String',
  parent_rpid: 'Number',
  operator: 'String',
  tag_json: 'String',
  source: 'Number',
  allotment_release_time: 'String',
  common_allot_release_time: 'String',
  resource_type: 'String',
  bottom_price_flag: 'Number',
  can_checkout_end: 'String',
  mem_disc_flag: 'Number',
  member_discount_cal: 'String',
  guest_limit: 'String',
  activity_type: 'String',
  online_booking_binding_info: 'String',
  rights: 'String',
  free_room_charge_dst_role: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  rpid: 'Number',
} as const satisfies ObjectSchema;

/** Static description of `taobao.xhotel.rateplan.add`: method, response root, request and response schemas. */
export const taobaoXhotelRateplanAddOperation = {
  method: 'taobao.xhotel.rateplan.add',
  responseRoot: 'xhotel_rateplan_add_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 酒店产品库rateplan添加 — calls TOP method `taobao.xhotel.rateplan.add`.
 *
 * 酒店产品库rateplan
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoXhotelRateplanAdd(
  client: TopClient,
  request: TaobaoXhotelRateplanAddRequest,
  options?: CallOptions,
): Promise<TaobaoXhotelRateplanAddResponse> {
  return client.call<TaobaoXhotelRateplanAddResponse>(
    {
      method: 'taobao.xhotel.rateplan.add',
      responseRoot: 'xhotel_rateplan_add_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
