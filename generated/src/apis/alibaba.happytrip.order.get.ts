// Generated from specs/happytrip/alibaba.happytrip.order.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.happytrip.order.get` (获取欢行统一订单模型). */
export interface AlibabaHappytripOrderGetRequest {
  /** 订单id */
  order_id: Int64Input;
}

/** Response of `alibaba.happytrip.order.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaHappytripOrderGetResponse {
  /** 订单联系人列表 */
  contacts?: AlibabaHappytripOrderGetContactDto[];
  /** 机票预订信息列表 */
  hotel_books?: AlibabaHappytripOrderGetHotelBookDto[];
  /** 酒店资源详情 */
  hotel_resources?: AlibabaHappytripOrderGetResourceHotelDto[];
  /** 订单扩展信息 */
  order_extends_info?: AlibabaHappytripOrderGetOrderExtendsDto;
  /** 订单基本信息 */
  order_info?: AlibabaHappytripOrderGetOrderDto;
  /** 订单资源列表 */
  resources?: AlibabaHappytripOrderGetResourceMainDto[];
  /** 订单出行人列表 */
  tourists?: AlibabaHappytripOrderGetTouristDto[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ContactDto` of `alibaba.happytrip.order.get`. */
export interface AlibabaHappytripOrderGetContactDto {
  /** 联系人国家码 */
  country_code?: string;
  /** 是否默认联系人0不是，1是 */
  default_flag?: Int64;
  /** 创建时间 */
  gmt_create?: string;
  /** 修改时间 */
  gmt_modified?: string;
  /** 主键 */
  id?: Int64;
  /** 联系人姓名 */
  name?: string;
  /** 订单id */
  order_id?: Int64;
  /** 常用联系人ID */
  relation_id?: Int64;
  /** 联系人的常用联系人id对应航旅常用联系人应用upc中的id,用于信息回流upc */
  upc_id?: Int64;
  /** 用户id */
  user_id?: string;
}

/** `HotelBookDto` of `alibaba.happytrip.order.get`. */
export interface AlibabaHappytripOrderGetHotelBookDto {
  /** 创建时间 */
  gmt_create?: string;
  /** 创建者 */
  gmt_modified?: string;
  /** 主键 */
  id?: Int64;
  /** 所属订单id */
  order_id?: Int64;
  /** 酒店资源id */
  resource_hotel_id?: Int64;
  /** 外系统订单号 */
  resource_id?: string;
  /** 资源表id */
  resource_main_id?: Int64;
  /** 房间号 */
  room_no?: string;
  /** 出行人id */
  tourist_id?: Int64;
}

/** `ResourceHotelDto` of `alibaba.happytrip.order.get`. */
export interface AlibabaHappytripOrderGetResourceHotelDto {
  /** 入住时间 */
  check_in?: string;
  /** 离开时间 */
  check_out?: string;
  /** 城市中文名称 */
  city_chinese_name?: string;
  /** 城市Code */
  city_code?: string;
  /** 城市名称 */
  city_name?: string;
  /** 国家 */
  country?: string;
  /** 区 */
  district?: string;
  /** 创建时间 */
  gmt_create?: string;
  /** 修改时间 */
  gmt_modified?: string;
  /** 酒店地址 */
  hotel_address?: string;
  /** 酒店中文名称 */
  hotel_chinese_name?: string;
  /** 酒店英文名称 */
  hotel_english_name?: string;
  /** 酒店ID */
  hotel_id?: Int64;
  /** 酒店名称 */
  hotel_name?: string;
  /** 酒店电话 */
  hotel_tel?: string;
  /** 主键 */
  id?: Int64;
  /** 酒店GPS位置纬度 */
  latitude?: string;
  /** 酒店GPS位置经度 */
  longitude?: string;
  /** 入住几晚 */
  nights?: Int64;
  /** 所属订单id */
  order_id?: Int64;
  /** 外部酒店id */
  out_hotel_id?: string;
  /** 省或州 */
  province?: string;
  /** 外系统订单号 */
  resource_id?: string;
  /** 资源表主键 */
  resource_main_id?: Int64;
  /** 房间数量 */
  room_count?: string;
  /** 房型id */
  room_type_id?: string;
  /** 房名名称 */
  room_type_name?: string;
}

/** `OrderExtendsDto` of `alibaba.happytrip.order.get`. */
export interface AlibabaHappytripOrderGetOrderExtendsDto {
  /** 供应商拒绝原因 */
  agent_fail?: string;
  /** 买家拒绝原因 */
  buyer_fail?: string;
  /** 错误描述 */
  error_message?: string;
  /** 错误码 */
  errors_code?: string;
  /** 创建时间 */
  gmt_create?: string;
  /** 修改时间 */
  gmt_modified?: string;
  /** 主键 */
  id?: Int64;
  /** 所属订单id */
  order_id?: Int64;
  /** 拒绝选择最低价的原因 */
  reason?: string;
  /** 旅行目的 */
  trip_purpose?: string;
}

/** `OrderDto` of `alibaba.happytrip.order.get`. */
export interface AlibabaHappytripOrderGetOrderDto {
  /** 航旅交易号 */
  alipay_trade_no?: string;
  /** 是否B2G的标记位0不是 1是 */
  b2g_flag?: Int64;
  /** 订单业务类型，各个业务自定义使用 */
  biz_type?: Int64;
  /** 订单业务类型，各个业务自定义使用 */
  biz_type_desc?: string;
  /** 外系统下单时间 */
  book_time?: string;
  /** 购买人用户id */
  buyer_user_id?: string;
  /** 获取购买人欢行ID的异常信息 */
  buyer_user_memo?: string;
  /** 购买人姓名 */
  buyer_user_name?: string;
  /** 订单预计关闭时间 */
  close_time?: string;
  /** 订单当前状态 -1, "未知状态" 1, "预定中" 2, "已取消" 3, "待付款" 4, "已付款" 5, "已删除" 6, "已完成" 7, "已关闭" 8, "已预订" 9, "已变更" 10, "预定失败" */
  current_status?: string;
  /** 订单当前状态描述 （参考current_status） */
  current_status_desc?: string;
  /** 订单过期时间 */
  expire_time?: string;
  /** 创建时间 */
  gmt_create?: string;
  /** 修改时间 */
  gmt_modified?: string;
  /** 订单id */
  id?: Int64;
  /** 系统出票时间 */
  issue_time?: string;
  /** 备注 */
  memo?: string;
  /** 线上线下标记0线下 1线上 */
  online_flag?: Int64;
  /** 订单一级类型 (一级类型，一级类型描述，二级类型，二级类型描述) (-1, "未知", -1, "未知") (4, "机票", 24, "飞猪国内机票") (4, "机票", 47, "飞猪国际机票") (4, "机票", 48, "飞猪国际询价单机票") (4, "机票", 49, "GT国际机票") (5, "酒店", 14, "飞猪国内酒店") (5, "酒店", 34, "HRS国际酒店") (6, "用车", 23, "国内用车") */
  order_class_id?: Int64;
  /** 订单一级类型描述 定义参考一级类型 */
  order_class_name?: string;
  /** 订单二级类型 定义参考一级类型 */
  order_class_second_id?: Int64;
  /** 订单二级类型描述 定义参考一级类型 */
  order_class_second_name?: string;
  /** 外系统订单号 */
  out_order_id?: string;
  /** 外系统订单号状态 */
  out_order_status?: string;
  /** 外系统订单号状态描述 */
  out_order_status_desc?: string;
  /** 关联的差旅申请单的数据同步关联id */
  outer_travel_head_id?: string;
  /** 支付状态 -1, "未知状态" 1, "未付款" 2, "待付款" 3, "已付款" 4, "支付超时" */
  pay_status?: string;
  /** 支付状态描述 */
  pay_status_desc?: string;
  /** 支付时间 */
  pay_time?: string;
  /** 支付类型 */
  pay_type?: string;
  /** 计划时间 */
  plan_time?: string;
  /** 订单来源 */
  source?: string;
  /** 订单总价 */
  total_price?: string;
  /** 总金额货币代码 */
  total_price_currency_code?: string;
  /** 总金额小数点位数 */
  total_price_decimal_places?: string;
  /** 是否有效订单0无效，1有效 */
  valid_flag?: Int64;
}

/** `ResourceMainDto` of `alibaba.happytrip.order.get`. */
export interface AlibabaHappytripOrderGetResourceMainDto {
  /** 成人成本价 */
  adult_cost?: string;
  /** 成人数 */
  adult_count?: Int64;
  /** 成人单价 */
  adult_price?: string;
  /** 代理商ID */
  agency_id?: string;
  /** 代理商名称 */
  agency_name?: string;
  /** 代理商订单号 */
  agency_order_id?: string;
  /** 交易号 */
  alipay_trade_no?: string;
  /** 是否b2g 0不是 1是 */
  b2g_flag?: Int64;
  /** 返回城市code */
  back_city_code?: string;
  /** 返回城市名 */
  back_city_name?: string;
  /** 返回时间 */
  back_time?: string;
  /** 基础价格 */
  base_amount?: string;
  /** 基础价格货币代码 */
  base_amount_currency_code?: string;
  /** 基础价格小数点位数 */
  base_amount_decimal_places?: string;
  /** 资源预定城市code */
  book_city_code?: string;
  /** 资源预定城市名 */
  book_city_name?: string;
  /** 资源预定时间 */
  book_time?: string;
  /** 是否合约 0非合约 1合约 */
  contract_flag?: Int64;
  /** 合约价格 */
  contract_price?: string;
  /** 结束地址 */
  end_addr?: string;
  /** 结束城市code */
  end_city_code?: string;
  /** 结束城市名 */
  end_city_name?: string;
  /** 结束时间 */
  end_date?: string;
  /** 结束地纬度 */
  end_latitude?: string;
  /** 结束地经度 */
  end_longitude?: string;
  /** 资源失效时间 */
  expire_time?: string;
  /** 创建时间 */
  gmt_create?: string;
  /** 修改时间 */
  gmt_modified?: string;
  /** 主键 */
  id?: Int64;
  /** 最低价 */
  lower_amount?: string;
  /** 最低价货币代码 */
  lower_amount_currency_code?: string;
  /** 最低价小数点位数 */
  lower_amount_decimal_places?: string;
  /** 订单号 */
  order_id?: Int64;
  /** 计划时间 */
  plan_time?: string;
  /** 飞猪询价单PNR */
  pnr?: string;
  /** PNR失效时间 */
  pnr_expire_time?: string;
  /** 说明描述 */
  reason?: string;
  /** 说明Code */
  reason_code?: string;
  /** 退款原因 */
  refund_reason?: string;
  /** 退款状态 */
  refund_status?: string;
  /** 退款类型 */
  refund_type?: string;
  /** 资源ID，只有打包类订单才有resourceId，例如GT机票订单，内部还有火车，酒店等，单品类可以存外系统订单号或者不存 */
  resource_id?: string;
  /** 资源名称 */
  resource_name?: string;
  /** 资源状态 */
  resource_status?: string;
  /** 资源状态描述 */
  resource_status_desc?: string;
  /** 资源类型 -1, "未知资源类型" 100110, "飞猪机票国内直订" 100210, "飞猪机票国际直订" 100211, "飞猪机票国际询价单" 101110, "飞猪酒店国内直订" 110210, "GT机票国际直订" 110211, "GT机票国际酒店" 110212, "GT机票国际火车" 110213, "GT机票国际用车" 121210, "HRS酒店国际酒店直订" 132110, "滴滴国内预约用车" 142110, "曹操国内预约用车" 152110, "快滴国内预约用车" */
  resource_type?: Int64;
  /** 通用规则字段，比如机票退改签等 */
  rule?: string;
  /** 座位金额 */
  seat_price?: string;
  /** 座位金额货币代码 */
  seat_price_currency_code?: string;
  /** 座位金额小数点位数 */
  seat_price_decimal_places?: string;
  /** 起始地址 */
  start_addr?: string;
  /** 起始城市code */
  start_city_code?: string;
  /** 起始城市名 */
  start_city_name?: string;
  /** 起始时间 */
  start_date?: string;
  /** 起始地纬度 */
  start_latitude?: string;
  /** 起始地经度 */
  start_longitude?: string;
  /** 资源提交时间 */
  submit_time?: string;
  /** 税收金额（机票国内基建费） */
  tax_amount?: string;
  /** 税收金额货币代码 */
  tax_amount_currency_code?: string;
  /** 税收金额小数点位数 */
  tax_amount_decimal_places?: string;
  /** 资源总价（是否包含税看业务） */
  total_amount?: string;
  /** 总金额货币代码 */
  total_amount_currency_code?: string;
  /** 总金额小数点位数 */
  total_amount_decimal_places?: string;
  /** 资源更新时间 */
  update_time?: string;
}

/** `TouristDto` of `alibaba.happytrip.order.get`. */
export interface AlibabaHappytripOrderGetTouristDto {
  /** 证件签发国 */
  cert_nation?: string;
  /** 姓 */
  first_name?: string;
  /** 创建时间 */
  gmt_create?: string;
  /** 修改时间 */
  gmt_modified?: string;
  /** 主键 */
  id?: Int64;
  /** 名 */
  last_name?: string;
  /** 出行人姓名 */
  name?: string;
  /** 订单id */
  order_id?: Int64;
  /** 1男，2女 */
  sex?: Int64;
  /** 成人0，儿童1，婴儿2 */
  tourist_type?: Int64;
  /** 出行人0，同行人1，外部人员2 */
  travel_business_type?: Int64;
  /** 用户id */
  user_id?: string;
}

const REQUEST_SCHEMA = {
  order_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  contacts: [
    {
      country_code: 'String',
      default_flag: 'Number',
      gmt_create: 'Date',
      gmt_modified: 'Date',
      id: 'Number',
      name: 'String',
      order_id: 'Number',
      relation_id: 'Number',
      upc_id: 'Number',
      user_id: 'String',
    },
  ],
  hotel_books: [
    {
      gmt_create: 'Date',
      gmt_modified: 'Date',
      id: 'Number',
      order_id: 'Number',
      resource_hotel_id: 'Number',
      resource_id: 'String',
      resource_main_id: 'Number',
      room_no: 'String',
      tourist_id: 'Number',
    },
  ],
  hotel_resources: [
    {
      check_in: 'Date',
      check_out: 'Date',
      city_chinese_name: 'String',
      city_code: 'String',
      city_name: 'String',
      country: 'String',
      district: 'String',
      gmt_create: 'Date',
      gmt_modified: 'Date',
      hotel_address: 'String',
      hotel_chinese_name: 'String',
      hotel_english_name: 'String',
      hotel_id: 'Number',
      hotel_name: 'String',
      hotel_tel: 'String',
      id: 'Number',
      latitude: 'String',
      longitude: 'String',
      nights: 'Number',
      order_id: 'Number',
      out_hotel_id: 'String',
      province: 'String',
      resource_id: 'String',
      resource_main_id: 'Number',
      room_count: 'String',
      room_type_id: 'String',
      room_type_name: 'String',
    },
  ],
  order_extends_info: {
    agent_fail: 'String',
    buyer_fail: 'String',
    error_message: 'String',
    errors_code: 'String',
    gmt_create: 'Date',
    gmt_modified: 'Date',
    id: 'Number',
    order_id: 'Number',
    reason: 'String',
    trip_purpose: 'String',
  },
  order_info: {
    alipay_trade_no: 'String',
    b2g_flag: 'Number',
    biz_type: 'Number',
    biz_type_desc: 'String',
    book_time: 'Date',
    buyer_user_id: 'String',
    buyer_user_memo: 'String',
    buyer_user_name: 'String',
    close_time: 'Date',
    current_status: 'String',
    current_status_desc: 'String',
    expire_time: 'Date',
    gmt_create: 'Date',
    gmt_modified: 'Date',
    id: 'Number',
    issue_time: 'Date',
    memo: 'String',
    online_flag: 'Number',
    order_class_id: 'Number',
    order_class_name: 'String',
    order_class_second_id: 'Number',
    order_class_second_name: 'String',
    out_order_id: 'String',
    out_order_status: 'String',
    out_order_status_desc: 'String',
    outer_travel_head_id: 'String',
    pay_status: 'String',
    pay_status_desc: 'String',
    pay_time: 'Date',
    pay_type: 'String',
    plan_time: 'Date',
    source: 'String',
    total_price: 'String',
    total_price_currency_code: 'String',
    total_price_decimal_places: 'String',
    valid_flag: 'Number',
  },
  resources: [
    {
      adult_cost: 'String',
      adult_count: 'Number',
      adult_price: 'String',
      agency_id: 'String',
      agency_name: 'String',
      agency_order_id: 'String',
      alipay_trade_no: 'String',
      b2g_flag: 'Number',
      back_city_code: 'String',
      back_city_name: 'String',
      back_time: 'Date',
      base_amount: 'String',
      base_amount_currency_code: 'String',
      base_amount_decimal_places: 'String',
      book_city_code: 'String',
      book_city_name: 'String',
      book_time: 'Date',
      contract_flag: 'Number',
      contract_price: 'String',
      end_addr: 'String',
      end_city_code: 'String',
      end_city_name: 'String',
      end_date: 'Date',
      end_latitude: 'String',
      end_longitude: 'String',
      expire_time: 'Date',
      gmt_create: 'Date',
      gmt_modified: 'Date',
      id: 'Number',
      lower_amount: 'String',
      lower_amount_currency_code: 'String',
      lower_amount_decimal_places: 'String',
      order_id: 'Number',
      plan_time: 'Date',
      pnr: 'String',
      pnr_expire_time: 'Date',
      reason: 'String',
      reason_code: 'String',
      refund_reason: 'String',
      refund_status: 'String',
      refund_type: 'String',
      resource_id: 'String',
      resource_name: 'String',
      resource_status: 'String',
      resource_status_desc: 'String',
      resource_type: 'Number',
      rule: 'String',
      seat_price: 'String',
      seat_price_currency_code: 'String',
      seat_price_decimal_places: 'String',
      start_addr: 'String',
      start_city_code: 'String',
      start_city_name: 'String',
      start_date: 'Date',
      start_latitude: 'String',
      start_longitude: 'String',
      submit_time: 'Date',
      tax_amount: 'String',
      tax_amount_currency_code: 'String',
      tax_amount_decimal_places: 'String',
      total_amount: 'String',
      total_amount_currency_code: 'String',
      total_amount_decimal_places: 'String',
      update_time: 'Date',
    },
  ],
  tourists: [
    {
      cert_nation: 'String',
      first_name: 'String',
      gmt_create: 'Date',
      gmt_modified: 'Date',
      id: 'Number',
      last_name: 'String',
      name: 'String',
      order_id: 'Number',
      sex: 'Number',
      tourist_type: 'Number',
      travel_business_type: 'Number',
      user_id: 'String',
    },
  ],
} as const satisfies ObjectSchema;

/** Static description of `alibaba.happytrip.order.get`: method, response root, request and response schemas. */
export const alibabaHappytripOrderGetOperation = {
  method: 'alibaba.happytrip.order.get',
  responseRoot: 'alibaba_happytrip_order_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取欢行统一订单模型 — calls TOP method `alibaba.happytrip.order.get`.
 *
 * 通过订单id获取欢行统一订单模型数据
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaHappytripOrderGet(
  client: TopClient,
  request: AlibabaHappytripOrderGetRequest,
  options?: CallOptions,
): Promise<AlibabaHappytripOrderGetResponse> {
  return client.call<AlibabaHappytripOrderGetResponse>(
    {
      method: 'alibaba.happytrip.order.get',
      responseRoot: 'alibaba_happytrip_order_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
