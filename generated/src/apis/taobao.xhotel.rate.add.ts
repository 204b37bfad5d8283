// Generated from specs/xhotelitem/taobao.xhotel.rate.add.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.xhotel.rate.add` (新增专享房价). */
export interface TaobaoXhotelRateAddRequest {
  /** gid酒店商品id */
  gid?: Int64Input;
  /** 酒店RPID */
  rpid?: Int64Input;
  /**
   * 用于标示该宝贝的售卖渠道信息，允许同一个卖家酒店房型在淘宝系统发布多个售卖渠道的宝贝的价格。
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
  /**
   * 卖家房型ID, 这是卖家自己系统中的房型ID，注意：需按照规则组合
   *
   * Max length: 64
   */
  out_rid?: string;
  /** 在添加新rate时，同时添加rate开关日历。可以只设定想设定的某些天，可以不连续。date：开关状态控制的是那一天rate_status：开关状态。0，关闭；1，打开 */
  rate_switch_cal?: string;
  /**
   * 名称
   *
   * Max length: 60
   */
  name?: string;
  /** 价格和库存信息。A:use_room_inventory:是否使用room级别共享库存，可选值 true false 1、true时：使用room级别共享库存（即使用gid对应的XRoom中的inventory），rate_quota_map 的json 数据中不需要录入库存信息,录入的库存信息会忽略 2、false时：使用rate级别私有库存，此时要求价格和库存必填。B:date 日期必须为 T---T+90 日内的日期（T为当天），且不能重复C:price 价格 int类型 取值范围1-99999999 单位为分D:quota 库存 int 类型 取值范围 0-999（数量库存） 60000(状态库存关) 61000(状态库存开) */
  inventory_price: string;
  /** 额外服务-是否可以加床，1：不可以，2：可以 */
  add_bed?: Int64Input;
  /** 额外服务-加床价格 */
  add_bed_price?: Int64Input;
  /** 币种（仅支持CNY） */
  currency_code?: Int64Input;
  /** 实价有房标签（RP支付类型为全额支付） */
  shijia_tag?: Int64Input;
  /** “即时确认”标识，此类商品预订后直接发货。 */
  jishiqueren_tag?: Int64Input;
  /** 锁库存截止时间，如果当前时间是在锁库存开始时间和截止时间之间，那么不允许修改该活动库存（包含开始时间和截止时间） */
  lock_end_time?: string;
  /** 锁库存开始时间，如果当前时间是在锁库存开始时间和截止时间之间，那么不允许修改该活动库存（包含开始时间和截止时间） */
  lock_start_time?: string;
  /** 币种信息,默认是CNY, \@see com.taobao.trip.hotel.model.enums.CurrencyEnum */
  currency_code_name?: string;
  /** 操作人信息 */
  operator?: string;
  /** 默认是2 , */
  source?: Int64Input;
  /** 1是开,0是关, 不填默认是开, rate状态 */
  status?: Int64Input;
  /** 在线预约关联关系推送，priceRuleNumber：加价规则序号 */
  online_booking_binding_info?: string;
  /** 是一个JSONArray 字符串 actionType 操作类型 BOUND: 绑定，UNBOUND：解绑; outXcode 元素编码 ; subTypeCode x 元素子类型， 参考：https://open.alitrip.com/docs/doc.htm?spm=0.0.0.0.9MjTPx&docType=1&articleId=121402&previewCode=787DFB0895F05C90D167579A04BD32E3; status: 状态是否生效0 失效, 1生效; shortName x元素标题; time 服务时间段(18:00-21:00); value 商品价值(100 - 999900 单位分); itemDesc 商品使用说明; dimensionType 附加产品使用维度 1:每间房维度 2:每间夜维度; picList 图片格式化信息 [{"url":"https://xxxxx/","isMain":true}]; adultCount 成人数量 (1-99); childCount 儿童数量 (0-99); itemLimit 使用限制, 文字描述,200 字内; checkInStart 入住生效开始时间; checkInEnd 入住生效结束时间; bookStartTime 预定生效开始时间; bookStartEnd 预定生效截止时间; featureDetail 详细信息json字符串 [{"detailName":"免费寄存","detailValue":[""],"type":"single","priority":1}] */
  hotel_xitem_infos?: string;
}

/** Response of `taobao.xhotel.rate.add`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoXhotelRateAddResponse {
  /** 酒店商品id-酒店rpID */
  gid_and_rpid?: string;
  /** results */
  results?: string[];
  /** warnMessage */
  warn_message?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  gid: 'Number',
  rpid: 'Number',
  vendor: 'String',
  rateplan_code: 'String',
  out_rid: 'String',
  rate_switch_cal: 'String',
  name: 'String',
  inventory_price: 'String',
  add_bed: 'Number',
  add_bed_price: 'Number',
  currency_code: 'Number',
  shijia_tag: 'Number',
  jishiqueren_tag: 'Number',
  lock_end_time: 'String',
  lock_start_time: 'String',
  currency_code_name: 'String',
  operator: 'String',
  source: 'Number',
  status: 'Number',
  online_booking_binding_info: 'String',
  hotel_xitem_infos: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  gid_and_rpid: 'String',
  results: ['String'],
  warn_message: 'String',
} as const satisfies ObjectSchema;

/** Static description of `taobao.xhotel.rate.add`: method, response root, request and response schemas. */
export const taobaoXhotelRateAddOperation = {
  method: 'taobao.xhotel.rate.add',
  responseRoot: 'xhotel_rate_add_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 新增专享房价 — calls TOP method `taobao.xhotel.rate.add`.
 *
 * 酒店产品库rate添加
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoXhotelRateAdd(
  client: TopClient,
  request: TaobaoXhotelRateAddRequest,
  options?: CallOptions,
): Promise<TaobaoXhotelRateAddResponse> {
  return client.call<TaobaoXhotelRateAddResponse>(
    {
      method: 'taobao.xhotel.rate.add',
      responseRoot: 'xhotel_rate_add_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
