// Generated from specs/alitripmerchant/alitrip.merchant.galaxy.order.book.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.merchant.galaxy.order.book` (星河-订单预订接口). */
export interface AlitripMerchantGalaxyOrderBookRequest {
  /** 租户身份信息 */
  tenant_key: string;
  /** 用户登录token */
  token: string;
  /** 预订参数 */
  order_param: AlitripMerchantGalaxyOrderBookCreateOrderParamInput;
  /** 订单编号 */
  order_code?: string;
  /** 广告追踪信息 */
  source_query?: string;
}

/** Response of `alitrip.merchant.galaxy.order.book`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripMerchantGalaxyOrderBookResponse {
  /** 默认描述 */
  result?: AlitripMerchantGalaxyOrderBookResponse2;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `CreateOrderParam` of `alitrip.merchant.galaxy.order.book`. */
export interface AlitripMerchantGalaxyOrderBookCreateOrderParamInput {
  /** 早餐名称 */
  breakfast_name?: string;
  /** 外部outRoomId */
  out_room_id: Int64Input;
  /** 宝贝ID */
  gid: Int64Input;
  /** 预订酒店房间数 */
  room_number?: Int64Input;
  /** 标准静态信息库酒店id */
  shid: Int64Input;
  /** 会员可见等级 */
  member_level?: string;
  /** 外部酒店id */
  hotel_id: string;
  /** 儿童数量 */
  children_number?: Int64Input;
  /** 内部rpId */
  rp_id: Int64Input;
  /** 成人数量 */
  person_number?: Int64Input;
  /** 酒店名称 */
  hotel_name: string;
  /** 入住时间 */
  check_in_date: string;
  /** 成人数量 */
  adult_number?: Int64Input;
  /** 房间Id */
  room_id: Int64Input;
  /** 价格id */
  rate_id: Int64Input;
  /** 支付类型 */
  payment_type: Int64Input;
  /** 支付渠道 */
  payment_channel: string;
  /** 入住人电话 */
  customer_phone: string;
  /** 离店时间 */
  check_out_date: string;
  /** 入住人名 */
  customer_first_name?: string;
  /** 入住人邮箱 */
  customer_email?: string;
  /** 入住人姓 */
  customer_last_name?: string;
  /** 价格名称 */
  rp_name?: string;
  /** 多房间参数 */
  guest_by_room_dtos?: AlitripMerchantGalaxyOrderBookGuestByRoomDtoInput[];
  /** 活动标识字段 */
  offer_source_channel?: string;
  /** 活动id */
  offer_id?: string;
  /** 优惠券实例id */
  coupon_instance_id?: Int64Input;
  /** rpcode */
  rp_code?: string;
  /** 代金券id */
  voucher_id?: string;
  /** 是否同意向境外提供个人信息 */
  data_export_agreement?: boolean;
  /** 权益券相关参数 */
  derby_voucher_universal_d_t_o?: AlitripMerchantGalaxyOrderBookDerbyVoucherUniversalDTOInput;
  /** 1 */
  area_code?: string;
  /** 版本号 */
  version?: Int64Input;
}

/** `GuestByRoomDto` of `alitrip.merchant.galaxy.order.book`. */
export interface AlitripMerchantGalaxyOrderBookGuestByRoomDtoInput {
  /** 入住人名 */
  contact_first_name?: string;
  /** 入住人姓 */
  contact_last_name?: string;
  /** 当前房间的总人数 */
  roomer_number?: Int64Input;
  /** 成人数 */
  adult_roomer_number?: Int64Input;
  /** 儿童数 */
  child_roomer_number?: Int64Input;
  /** 儿童年龄数组 */
  child_ages?: string[];
}

/** `DerbyVoucherUniversalDTO` of `alitrip.merchant.galaxy.order.book`. */
export interface AlitripMerchantGalaxyOrderBookDerbyVoucherUniversalDTOInput {
  /** 类型 */
  category?: string;
  /** 折扣百分比 */
  discount_off?: Int64Input;
  /** 房型srId */
  room_type_code?: string;
  /** 房型rpCode */
  rate_plan_code?: string;
  /** 是否为权益商品 */
  is_derby_voucher_room?: boolean;
  /** 权益卡卡号 */
  member_voucher_card_id?: string;
  /** 权益券id */
  member_voucher_id?: string;
}

/** `Response` of `alitrip.merchant.galaxy.order.book`. */
export interface AlitripMerchantGalaxyOrderBookResponse2 {
  /** 成功 */
  success?: boolean;
  /** 错误码 */
  error_code?: string;
  /** 预订返回 */
  content?: AlitripMerchantGalaxyOrderBookPayParamResult;
  /** 错误信息 */
  error_msg?: string;
}

/** `PayParamResult` of `alitrip.merchant.galaxy.order.book`. */
export interface AlitripMerchantGalaxyOrderBookPayParamResult {
  /** 签名 */
  pay_sign?: string;
  /** 签名方式 */
  sign_type?: string;
  /** 数据包 */
  package_str?: string;
  /** 随机字符串 */
  nonce_str?: string;
  /** 时间戳 */
  time_stamp?: string;
  /** 小程序id */
  app_id?: string;
  /** 预订结果 */
  book_result?: boolean;
  /** 订单编号 */
  order_code?: string;
}

const REQUEST_SCHEMA = {
  tenant_key: 'String',
  token: 'String',
  order_param: {
    breakfast_name: 'String',
    out_room_id: 'Number',
    gid: 'Number',
    room_number: 'Number',
    shid: 'Number',
    member_level: 'String',
    hotel_id: 'String',
    children_number: 'Number',
    rp_id: 'Number',
    person_number: 'Number',
    hotel_name: 'String',
    check_in_date: 'String',
    adult_number: 'Number',
    room_id: 'Number',
    rate_id: 'Number',
    payment_type: 'Number',
    payment_channel: 'String',
    customer_phone: 'String',
    check_out_date: 'String',
    customer_first_name: 'String',
    customer_email: 'String',
    customer_last_name: 'String',
    rp_name: 'String',
    guest_by_room_dtos: [
      {
        contact_first_name: 'String',
        contact_last_name: 'String',
        roomer_number: 'Number',
        adult_roomer_number: 'Number',
        child_roomer_number: 'Number',
        child_ages: ['String'],
      },
    ],
    offer_source_channel: 'String',
    offer_id: 'String',
    coupon_instance_id: 'Number',
    rp_code: 'String',
    voucher_id: 'String',
    data_export_agreement: 'Boolean',
    derby_voucher_universal_d_t_o: {
      category: 'String',
      discount_off: 'Number',
      room_type_code: 'String',
      rate_plan_code: 'String',
      is_derby_voucher_room: 'Boolean',
      member_voucher_card_id: 'String',
      member_voucher_id: 'String',
    },
    area_code: 'String',
    version: 'Number',
  },
  order_code: 'String',
  source_query: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    error_code: 'String',
    content: {
      pay_sign: 'String',
      sign_type: 'String',
      package_str: 'String',
      nonce_str: 'String',
      time_stamp: 'String',
      app_id: 'String',
      book_result: 'Boolean',
      order_code: 'String',
    },
    error_msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alitrip.merchant.galaxy.order.book`: method, response root, request and response schemas. */
export const alitripMerchantGalaxyOrderBookOperation = {
  method: 'alitrip.merchant.galaxy.order.book',
  responseRoot: 'alitrip_merchant_galaxy_order_book_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 星河-订单预订接口 — calls TOP method `alitrip.merchant.galaxy.order.book`.
 *
 * 为星河酒店解决方案的C端用户提供酒店预订能力
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripMerchantGalaxyOrderBook(
  client: TopClient,
  request: AlitripMerchantGalaxyOrderBookRequest,
  options?: CallOptions,
): Promise<AlitripMerchantGalaxyOrderBookResponse> {
  return client.call<AlitripMerchantGalaxyOrderBookResponse>(
    {
      method: 'alitrip.merchant.galaxy.order.book',
      responseRoot: 'alitrip_merchant_galaxy_order_book_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
