// Generated from specs/alitripmerchant/alitrip.merchant.galaxy.order.query.info.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.merchant.galaxy.order.query.info` (订单详情改版). */
export interface AlitripMerchantGalaxyOrderQueryInfoRequest {
  /** 租户ID */
  tenant_key: string;
  /** 用户token */
  token: string;
  /** 订单ID */
  order_id: string;
}

/** Response of `alitrip.merchant.galaxy.order.query.info`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripMerchantGalaxyOrderQueryInfoResponse {
  /** 结果 */
  result?: AlitripMerchantGalaxyOrderQueryInfoResponse2;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Response` of `alitrip.merchant.galaxy.order.query.info`. */
export interface AlitripMerchantGalaxyOrderQueryInfoResponse2 {
  /** 是否成功 */
  success?: boolean;
  /** 错误代码 */
  error_code?: string;
  /** 订单详情页对象 */
  content?: AlitripMerchantGalaxyOrderQueryInfoVoucherOrderDetailVO;
  /** 错误信息展示 */
  error_msg?: string;
}

/** `VoucherOrderDetailVO` of `alitrip.merchant.galaxy.order.query.info`. */
export interface AlitripMerchantGalaxyOrderQueryInfoVoucherOrderDetailVO {
  /** 套餐订单详情信息 */
  voucher_order?: AlitripMerchantGalaxyOrderQueryInfoVoucherOrderVO;
  /** 订单入住宾客信息 */
  guest_by_room?: AlitripMerchantGalaxyOrderQueryInfoGuestByRoomDto[];
  /** 酒店详情信息 */
  voucher_hotel?: AlitripMerchantGalaxyOrderQueryInfoVoucherHotelVO;
  /** 费用明细对象 */
  price_detail_dto?: AlitripMerchantGalaxyOrderQueryInfoVoucherHotelVO2;
  /** 房间信息详情 */
  order_room_detail?: AlitripMerchantGalaxyOrderQueryInfoPriceDetailDto;
  /** 权益商品相关展示信息 */
  derby_voucher_info?: AlitripMerchantGalaxyOrderQueryInfoDerbyVoucherInfo;
}

/** `VoucherOrderVO` of `alitrip.merchant.galaxy.order.query.info`. */
export interface AlitripMerchantGalaxyOrderQueryInfoVoucherOrderVO {
  /** 订单编号 */
  order_id?: string;
  /** PMS订单号 */
  pms_code?: string;
  /** 订单状态 */
  order_status?: string;
  /** 订单状态描述 */
  order_status_desc?: string;
  /** 支付剩余多少秒 */
  pay_remain_time?: Int64;
  /** 预订时间 */
  book_date?: string;
  /** 支付渠道 */
  payment_channel?: string;
  /** 支付类型 */
  pay_type?: Int64;
  /** 总价格 */
  total_price?: string;
  /** 货币类型 */
  currency?: string;
  /** 扣款价格 */
  refund_cost_amount?: string;
  /** 早餐类型 */
  breakfast_type?: string;
  /** 早餐描述 */
  breakfast_dec?: string;
  /** 订单人姓 */
  contact_last_name?: string;
  /** 订单人名 */
  contact_first_name?: string;
  /** 订单人电话 */
  contact_phone?: string;
  /** 订单人邮箱 */
  contact_email?: string;
  /** 套餐卷名字 */
  voucher_name?: string;
  /** 下单方式 */
  place_order_type?: string;
  /** 套餐卷Id */
  voucher_id?: string;
  /** 区号 */
  area_code?: string;
}

/** `GuestByRoomDto` of `alitrip.merchant.galaxy.order.query.info`. */
export interface AlitripMerchantGalaxyOrderQueryInfoGuestByRoomDto {
  /** 联系人姓名 */
  contact_first_name?: string;
  /** 未成年人数 */
  child_roomer_number?: Int64;
  /** 联系人姓氏 */
  contact_last_name?: string;
  /** 成人数 */
  adult_roomer_number?: string;
}

/** `VoucherHotelVO` of `alitrip.merchant.galaxy.order.query.info`. */
export interface AlitripMerchantGalaxyOrderQueryInfoVoucherHotelVO {
  /** 租户酒店ID */
  hotel_id?: string;
  /** 外部酒店id */
  shid?: Int64;
  /** 酒店名 */
  hotel_name?: string;
  /** 酒店电话 */
  hotel_phone?: string;
  /** 酒店图片 */
  hotel_picture?: string;
  /** 酒店位置 */
  hotel_address?: string;
  /** 经度 */
  lon?: string;
  /** 维度 */
  lat?: string;
  /** 房间数量 */
  room_number?: Int64;
  /** 入住须知 */
  check_in_notice?: string;
  /** 取消规则 */
  cancel_rule?: Int64;
  /** 取消描述 */
  cancel_dec?: string;
  /** 入住时间 */
  check_in_date?: string;
  /** 入住天数 */
  days?: Int64;
  /** 离店时间 */
  check_out_date?: string;
  /** 房型设施 */
  hotel_facility_list_v_o_list?: AlitripMerchantGalaxyOrderQueryInfoFacilityListVO[];
  /** 酒店内房型信息 */
  room?: AlitripMerchantGalaxyOrderQueryInfoRoom;
  /** 最早入住时间 */
  check_in?: string;
  /** 最晚离店时间 */
  check_out?: string;
  /** 城市code */
  city_code?: Int64;
  /** 限制时间 */
  limit_date?: string;
}

/** `FacilityListVO` of `alitrip.merchant.galaxy.order.query.info`. */
export interface AlitripMerchantGalaxyOrderQueryInfoFacilityListVO {
  /** 设施类型名称 */
  facility_name?: string;
  /** 设施Vo对象 */
  facility_list?: AlitripMerchantGalaxyOrderQueryInfoFacilityVO[];
}

/** `FacilityVO` of `alitrip.merchant.galaxy.order.query.info`. */
export interface AlitripMerchantGalaxyOrderQueryInfoFacilityVO {
  /** 文案表达 */
  summary?: string;
  /** 设施图标URL */
  icon?: string;
  /** 设施名字 */
  name?: string;
  /** 补充说明 */
  description?: string;
  /** 设施Id */
  id?: Int64;
}

/** `Room` of `alitrip.merchant.galaxy.order.query.info`. */
export interface AlitripMerchantGalaxyOrderQueryInfoRoom {
  /** 房型名称 */
  room_name?: string;
  /** 价格定义名 */
  rp_name?: string;
  /** 房间面积大小 */
  room_area?: string;
  /** 房间床型描述 */
  bed_type_desc?: string;
  /** 房型最大入住人数 */
  max_check_in_number?: Int64;
}

/** `VoucherHotelVO` of `alitrip.merchant.galaxy.order.query.info`. */
export interface AlitripMerchantGalaxyOrderQueryInfoVoucherHotelVO2 {
  /** 房间数量 */
  room_num?: Int64;
  /** 入住天数 */
  days?: Int64;
  /** 货币类型 */
  currency?: string;
  /** 日期以及价格 */
  daily_prices?: AlitripMerchantGalaxyOrderQueryInfoDailyPrice[];
  /** 总房价(不含税) */
  total_room_price?: string;
  /** 总税价 */
  total_tax?: string;
  /** 总费用（税费+房价） */
  total_price?: string;
  /** 差价 */
  spread?: Int64;
  /** 加价描述 */
  markup_desc?: string;
  /** 外币信息 */
  foreign_currency?: AlitripMerchantGalaxyOrderQueryInfoForeignCurrencyInfo;
  /** 是否为外币支付 */
  foreign_currency_payment?: boolean;
}

/** `DailyPrice` of `alitrip.merchant.galaxy.order.query.info`. */
export interface AlitripMerchantGalaxyOrderQueryInfoDailyPrice {
  /** 日期 */
  date?: string;
  /** 不含税价格 */
  really_price?: string;
  /** 不含税外币价格 */
  out_really_price?: string;
}

/** `ForeignCurrencyInfo` of `alitrip.merchant.galaxy.order.query.info`. */
export interface AlitripMerchantGalaxyOrderQueryInfoForeignCurrencyInfo {
  /** 外币支付金额，含税 */
  total_amount?: string;
  /** 外币基础价格,不包含税费等 */
  total_price?: string;
  /** 外币总税价 */
  total_tax?: string;
  /** 外币每日价格 */
  daily_price_list?: AlitripMerchantGalaxyOrderQueryInfoDailyPrice[];
  /** 外币币种 */
  currency?: string;
}

/** `PriceDetailDto` of `alitrip.merchant.galaxy.order.query.info`. */
export interface AlitripMerchantGalaxyOrderQueryInfoPriceDetailDto {
  /** 房型名称 */
  room_name?: string;
  /** 夏季限时优惠信息 */
  rp_name?: string;
  /** 房型图片集合 */
  pics?: string[];
  /** 房型设施 */
  facility_group_list?: AlitripMerchantGalaxyOrderQueryInfoFacilityListVO2[];
  /** 房间属性 */
  room_property?: AlitripMerchantGalaxyOrderQueryInfoDailyPrice2;
}

/** `FacilityListVO` of `alitrip.merchant.galaxy.order.query.info`. */
export interface AlitripMerchantGalaxyOrderQueryInfoFacilityListVO2 {
  /** 设施Vo对象 */
  facility_list?: AlitripMerchantGalaxyOrderQueryInfoFacilityVO[];
  /** 设施类型名称 */
  facility_name?: string;
}

/** `DailyPrice` of `alitrip.merchant.galaxy.order.query.info`. */
export interface AlitripMerchantGalaxyOrderQueryInfoDailyPrice2 {
  /** 面积 */
  area?: string;
  /** 床型图标 */
  bed_type_icon?: string;
  /** 入住人数图标 */
  max_occupancy_icon?: string;
  /** 最大入住人数 */
  max_occupancy?: Int64;
  /** 楼层 */
  floor?: string;
  /** 楼层图标 */
  floor_icon?: string;
  /** 面积图标 */
  area_icon?: string;
  /** 床型图标 */
  window_type_icon?: string;
  /** 窗型 */
  window_type?: string;
}

/** `DerbyVoucherInfo` of `alitrip.merchant.galaxy.order.query.info`. */
export interface AlitripMerchantGalaxyOrderQueryInfoDerbyVoucherInfo {
  /** 权益券类型 */
  category?: string;
  /** 折扣百分比 */
  discount_off?: Int64;
  /** 权益卡卡号 */
  member_voucher_card_id?: string;
  /** 权益券id */
  member_voucher_id?: string;
  /** 权益券使用限制描述 */
  long_des?: string;
  /** 权益卡身份码 */
  qr_code_i_d_image?: string;
}

const REQUEST_SCHEMA = {
  tenant_key: 'String',
  token: 'String',
  order_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    error_code: 'String',
    content: {
      voucher_order: {
        order_id: 'String',
        pms_code: 'String',
        order_status: 'String',
        order_status_desc: 'String',
        pay_remain_time: 'Number',
        book_date: 'String',
        payment_channel: 'String',
        pay_type: 'Number',
        total_price: 'String',
        currency: 'String',
        refund_cost_amount: 'String',
        breakfast_type: 'String',
        breakfast_dec: 'String',
        contact_last_name: 'String',
        contact_first_name: 'String',
        contact_phone: 'String',
        contact_email: 'String',
        voucher_name: 'String',
        place_order_type: 'String',
        voucher_id: 'String',
        area_code: 'String',
      },
      guest_by_room: [
        {
          contact_first_name: 'String',
          child_roomer_number: 'Number',
          contact_last_name: 'String',
          adult_roomer_number: 'String',
        },
      ],
      voucher_hotel: {
        hotel_id: 'String',
        shid: 'Number',
        hotel_name: 'String',
        hotel_phone: 'String',
        hotel_picture: 'String',
        hotel_address: 'String',
        lon: 'String',
        lat: 'String',
        room_number: 'Number',
        check_in_notice: 'String',
        cancel_rule: 'Number',
        cancel_dec: 'String',
        check_in_date: 'String',
        days: 'Number',
        check_out_date: 'String',
        hotel_facility_list_v_o_list: [
          {
            facility_name: 'String',
            facility_list: [
              {
                summary: 'String',
                icon: 'String',
                name: 'String',
                description: 'String',
                id: 'Number',
              },
            ],
          },
        ],
        room: {
          room_name: 'String',
          rp_name: 'String',
          room_area: 'String',
          bed_type_desc: 'String',
          max_check_in_number: 'Number',
        },
        check_in: 'String',
        check_out: 'String',
        city_code: 'Number',
        limit_date: 'String',
      },
      price_detail_dto: {
        room_num: 'Number',
        days: 'Number',
        currency: 'String',
        daily_prices: [
          {
            date: 'String',
            really_price: 'String',
            out_really_price: 'String',
          },
        ],
        total_room_price: 'String',
        total_tax: 'String',
        total_price: 'String',
        spread: 'Number',
        markup_desc: 'String',
        foreign_currency: {
          total_amount: 'String',
          total_price: 'String',
          total_tax: 'String',
          daily_price_list: [
            {
              date: 'String',
              really_price: 'String',
              out_really_price: 'String',
            },
          ],
          currency: 'String',
        },
        foreign_currency_payment: 'Boolean',
      },
      order_room_detail: {
        room_name: 'String',
        rp_name: 'String',
        pics: ['String'],
        facility_group_list: [
          {
            facility_list: [
              {
                summary: 'String',
                icon: 'String',
                name: 'String',
                description: 'String',
                id: 'Number',
              },
            ],
            facility_name: 'String',
          },
        ],
        room_property: {
          area: 'String',
          bed_type_icon: 'String',
          max_occupancy_icon: 'String',
          max_occupancy: 'Number',
          floor: 'String',
          floor_icon: 'String',
          area_icon: 'String',
          window_type_icon: 'String',
          window_type: 'String',
        },
      },
      derby_voucher_info: {
        category: 'String',
        discount_off: 'Number',
        member_voucher_card_id: 'String',
        member_voucher_id: 'String',
        long_des: 'String',
        qr_code_i_d_image: 'String',
      },
    },
    error_msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alitrip.merchant.galaxy.order.query.info`: method, response root, request and response schemas. */
export const alitripMerchantGalaxyOrderQueryInfoOperation = {
  method: 'alitrip.merchant.galaxy.order.query.info',
  responseRoot: 'alitrip_merchant_galaxy_order_query_info_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 订单详情改版 — calls TOP method `alitrip.merchant.galaxy.order.query.info`.
 *
 * 订单页详情查询
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripMerchantGalaxyOrderQueryInfo(
  client: TopClient,
  request: AlitripMerchantGalaxyOrderQueryInfoRequest,
  options?: CallOptions,
): Promise<AlitripMerchantGalaxyOrderQueryInfoResponse> {
  return client.call<AlitripMerchantGalaxyOrderQueryInfoResponse>(
    {
      method: 'alitrip.merchant.galaxy.order.query.info',
      responseRoot: 'alitrip_merchant_galaxy_order_query_info_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
