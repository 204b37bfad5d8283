// Generated from specs/alitripmerchant/alitrip.merchant.galaxy.order.coupon.validate.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.merchant.galaxy.order.coupon.validate` (携带券的试单接口). */
export interface AlitripMerchantGalaxyOrderCouponValidateRequest {
  /** 租户标识 */
  tenant_key?: string;
  /** 用户登录标识 */
  token?: string;
  /** 使用优惠券的入参 */
  coupon_param?: AlitripMerchantGalaxyOrderCouponValidateCouponParamInput;
}

/** Response of `alitrip.merchant.galaxy.order.coupon.validate`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripMerchantGalaxyOrderCouponValidateResponse {
  /** 携带优惠券试单结果 */
  result?: AlitripMerchantGalaxyOrderCouponValidateResponse2;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `CouponParam` of `alitrip.merchant.galaxy.order.coupon.validate`. */
export interface AlitripMerchantGalaxyOrderCouponValidateCouponParamInput {
  /** 优惠券模板id集合 */
  coupon_template_id_list?: Int64Input[];
  /** 优惠价的试单相关参数透传 */
  discount_param?: AlitripMerchantGalaxyOrderCouponValidateValidateOrderParamInput;
  /** 原价的试单相关参数透传 */
  no_discount_param?: AlitripMerchantGalaxyOrderCouponValidateValidateOrderParamInput2;
  /** 代金券id */
  voucher_id?: string;
  /** 权益券相关参数 */
  derby_voucher_universal_dto?: AlitripMerchantGalaxyOrderCouponValidateDerbyVoucherUniversalDTOInput;
  /** 区分版本 */
  version?: string;
}

/** `ValidateOrderParam` of `alitrip.merchant.galaxy.order.coupon.validate`. */
export interface AlitripMerchantGalaxyOrderCouponValidateValidateOrderParamInput {
  /** 多房价数据状态 */
  guest_by_room_dtos?: AlitripMerchantGalaxyOrderCouponValidateGuestByRoomDtoInput[];
  /** 支付类型 */
  payment_type?: Int64Input;
  /** 价格的rateId */
  rate_id?: Int64Input;
  /** 总价格 */
  total_price?: string;
  /** 宝贝id */
  gid?: Int64Input;
  /** 离店时间 */
  check_out_date?: string;
  /** 入住时间 */
  check_in_date?: string;
  /** 价格id */
  rp_id?: Int64Input;
  /** 飞猪外部房型id */
  out_room_id?: Int64Input;
  /** 外部酒店id */
  hotel_id?: string;
  /** 内部酒店id */
  hid?: Int64Input;
  /** 1 */
  rp_code?: string;
  /** 1 */
  room_id?: string;
}

/** `GuestByRoomDto` of `alitrip.merchant.galaxy.order.coupon.validate`. */
export interface AlitripMerchantGalaxyOrderCouponValidateGuestByRoomDtoInput {
  /** 每个儿童的年龄 */
  child_ages?: string[];
  /** 未成年人数 */
  child_roomer_number?: Int64Input;
  /** 成人数 */
  adult_roomer_number?: Int64Input;
  /** 总入住人数 */
  roomer_number?: Int64Input;
  /** 名 */
  contact_last_name?: string;
  /** 姓 */
  contact_first_name?: string;
}

/** `ValidateOrderParam` of `alitrip.merchant.galaxy.order.coupon.validate`. */
export interface AlitripMerchantGalaxyOrderCouponValidateValidateOrderParamInput2 {
  /** 多房价数据状态 */
  guest_by_room_dtos?: AlitripMerchantGalaxyOrderCouponValidateGuestByRoomDtoInput[];
  /** 离店时间 */
  check_out_date?: string;
  /** 入住时间 */
  check_in_date?: string;
  /** 价格id */
  rp_id?: Int64Input;
  /** 飞猪外部房型id */
  out_room_id?: Int64Input;
  /** 外部酒店id */
  hotel_id?: string;
  /** 内部酒店id */
  hid?: Int64Input;
  /** 支付类型 */
  payment_type?: Int64Input;
  /** 价格的rateId */
  rate_id?: Int64Input;
  /** 总价格 */
  total_price?: string;
  /** 宝贝id */
  gid?: Int64Input;
  /** 1 */
  rp_code?: string;
  /** 1 */
  room_id?: string;
}

/** `DerbyVoucherUniversalDTO` of `alitrip.merchant.galaxy.order.coupon.validate`. */
export interface AlitripMerchantGalaxyOrderCouponValidateDerbyVoucherUniversalDTOInput {
  /** 权益券类型 */
  category?: string;
  /** 折扣百分比 */
  discount_off?: Int64Input;
  /** 房型Code */
  room_type_code?: string;
  /** 价格计划Code */
  rate_plan_code?: string;
  /** 是否为权益房型 */
  is_derby_voucher_room?: boolean;
}

/** `Response` of `alitrip.merchant.galaxy.order.coupon.validate`. */
export interface AlitripMerchantGalaxyOrderCouponValidateResponse2 {
  /** 成功 */
  success?: boolean;
  /** 错误信息 */
  error_msg?: string;
  /** 错误码 */
  error_code?: string;
  /** 试单结果 */
  content?: AlitripMerchantGalaxyOrderCouponValidateCouponValidateOrderDto;
}

/** `CouponValidateOrderDto` of `alitrip.merchant.galaxy.order.coupon.validate`. */
export interface AlitripMerchantGalaxyOrderCouponValidateCouponValidateOrderDto {
  /** 优惠券实例对象 */
  coupon_info_v_o?: AlitripMerchantGalaxyOrderCouponValidateCouponInfoVo;
  /** 优惠券实例列表 */
  instance_v_o_list?: AlitripMerchantGalaxyOrderCouponValidateCouponInfoVo[];
  /** 折扣价试单结果 */
  discount_d_t_o?: AlitripMerchantGalaxyOrderCouponValidateValidateResultVo;
  /** 原价试单结果 */
  no_discount_d_t_o?: AlitripMerchantGalaxyOrderCouponValidateValidateResultVo2;
  /** 权益商品展示信息 */
  derby_voucher_info?: AlitripMerchantGalaxyOrderCouponValidateDerbyVoucherInfo;
}

/** `CouponInfoVo` of `alitrip.merchant.galaxy.order.coupon.validate`. */
export interface AlitripMerchantGalaxyOrderCouponValidateCouponInfoVo {
  /** 优惠券状态 */
  status?: string;
  /** 过期时间 */
  expired_time_min?: string;
  /** 详细描述 */
  detail_desc?: string;
  /** 使用条件描述 */
  condition_desc?: string;
  /** 优惠券名称 */
  coupon_name?: string;
  /** 使用门槛 */
  condition_amount?: string;
  /** 面额(减免额度) */
  discount_amount?: string;
  /** 优惠券实例id */
  instance_id?: Int64;
  /** 折扣券 */
  coupon_type?: string;
}

/** `ValidateResultVo` of `alitrip.merchant.galaxy.order.coupon.validate`. */
export interface AlitripMerchantGalaxyOrderCouponValidateValidateResultVo {
  /** 每日价格列表 */
  daily_price_list?: AlitripMerchantGalaxyOrderCouponValidateDailyPrice[];
  /** 价格发生变化 */
  is_amount_changed?: boolean;
  /** 订单编号 */
  order_code?: string;
  /** 价格变化 */
  amount_changed_display?: string;
  /** 总税价 */
  total_tax?: string;
  /** 总价不含税 */
  total_price_exclude_tax?: string;
  /** 实际需要支付金额，含税 */
  total_amount?: string;
  /** 取消政策 */
  cancel_policy?: AlitripMerchantGalaxyOrderCouponValidateCancelPolicy;
  /** 每日价格列表 */
  dining_policy_list?: AlitripMerchantGalaxyOrderCouponValidateDailyInfo[];
  /** 加价信息 */
  markup_info?: AlitripMerchantGalaxyOrderCouponValidateMarkupInfoVo;
  /** 外币信息 */
  foreign_currency?: AlitripMerchantGalaxyOrderCouponValidateForeignCurrencyDTO;
  /** 是否为外币支付 */
  foreign_currency_payment?: boolean;
  /** 支付类型 */
  payment_type?: string;
}

/** `DailyPrice` of `alitrip.merchant.galaxy.order.coupon.validate`. */
export interface AlitripMerchantGalaxyOrderCouponValidateDailyPrice {
  /** 每日价格 */
  really_price?: string;
  /** 日期 */
  date?: string;
  /** 外币每日价格 */
  out_really_price?: string;
}

/** `CancelPolicy` of `alitrip.merchant.galaxy.order.coupon.validate`. */
export interface AlitripMerchantGalaxyOrderCouponValidateCancelPolicy {
  /** 取消政策类型 */
  cancel_policy_type?: Int64;
  /** 取消政策描述 */
  cancel_policy_desc?: string;
  /** 取消政策名称 */
  cancel_policy_name?: string;
}

/** `DailyInfo` of `alitrip.merchant.galaxy.order.coupon.validate`. */
export interface AlitripMerchantGalaxyOrderCouponValidateDailyInfo {
  /** 日期 */
  day?: string;
  /** 日期字符串格式 */
  day_str?: string;
  /** 不含税价格 */
  price?: Int64;
  /** 每天的税，单位分 */
  tax?: Int64;
  /** 早餐数量 */
  breakfast_count?: Int64;
  /** 早餐名称 */
  breakfast_name?: string;
  /** 外币不含税价格 */
  out_price?: Int64;
  /** 外币每天的税，单位分 */
  out_tax?: Int64;
}

/** `MarkupInfoVo` of `alitrip.merchant.galaxy.order.coupon.validate`. */
export interface AlitripMerchantGalaxyOrderCouponValidateMarkupInfoVo {
  /** 加价金额 */
  markup_price?: Int64;
  /** 加价描述 */
  markup_desc?: string;
  /** 每日加价信息 */
  daily_markup_price_list?: AlitripMerchantGalaxyOrderCouponValidateDailyMarkupPrice[];
  /** 加价金额总和 */
  total_markup_price?: Int64;
}

/** `DailyMarkupPrice` of `alitrip.merchant.galaxy.order.coupon.validate`. */
export interface AlitripMerchantGalaxyOrderCouponValidateDailyMarkupPrice {
  /** 实际加价金额 */
  daily_price?: string;
  /** 加价日期 */
  date?: string;
}

/** `ForeignCurrencyDTO` of `alitrip.merchant.galaxy.order.coupon.validate`. */
export interface AlitripMerchantGalaxyOrderCouponValidateForeignCurrencyDTO {
  /** 外币支付金额，含税 */
  total_amount?: string;
  /** 外币基础价格,不包含税费等 */
  total_price?: string;
  /** 外币总税价 */
  total_tax?: string;
  /** 外币每日价格 */
  daily_price_list?: AlitripMerchantGalaxyOrderCouponValidateDailyPrice2[];
  /** 外币币种 */
  currency?: string;
}

/** `DailyPrice` of `alitrip.merchant.galaxy.order.coupon.validate`. */
export interface AlitripMerchantGalaxyOrderCouponValidateDailyPrice2 {
  /** 日期 */
  date?: string;
  /** 不含税价格 */
  really_price?: string;
  /** 不含税外币价格 */
  out_really_price?: string;
}

/** `ValidateResultVo` of `alitrip.merchant.galaxy.order.coupon.validate`. */
export interface AlitripMerchantGalaxyOrderCouponValidateValidateResultVo2 {
  /** 每日价格列表 */
  daily_price_list?: AlitripMerchantGalaxyOrderCouponValidateDailyPrice[];
  /** 价格发生变化 */
  is_amount_changed?: boolean;
  /** 订单编号 */
  order_code?: string;
  /** 价格变化 */
  amount_changed_display?: string;
  /** 总税价 */
  total_tax?: string;
  /** 总价不含税 */
  total_price_exclude_tax?: string;
  /** 实际需要支付金额，含税 */
  total_amount?: string;
  /** 每日价格列表 */
  dining_policy_list?: AlitripMerchantGalaxyOrderCouponValidateDailyInfo2[];
  /** 取消政策 */
  cancel_policy?: AlitripMerchantGalaxyOrderCouponValidateCancelPolicy;
  /** 加价信息 */
  markup_info?: AlitripMerchantGalaxyOrderCouponValidateMarkupInfoVo;
  /** 外币信息 */
  foreign_currency?: AlitripMerchantGalaxyOrderCouponValidateForeignCurrencyDTO;
  /** 是否为外币支付 */
  foreign_currency_payment?: boolean;
  /** 支付类型 */
  payment_type?: string;
}

/** `DailyInfo` of `alitrip.merchant.galaxy.order.coupon.validate`. */
export interface AlitripMerchantGalaxyOrderCouponValidateDailyInfo2 {
  /** 早餐名称 */
  breakfast_name?: string;
  /** 早餐数量 */
  breakfast_count?: Int64;
  /** 每天的税 */
  tax?: Int64;
  /** 不含税价格 */
  price?: Int64;
  /** String化日期 */
  day_str?: string;
  /** 日期 */
  day?: string;
  /** 外币每天的税 */
  out_tax?: Int64;
  /** 外币不含税价格 */
  out_price?: Int64;
}

/** `DerbyVoucherInfo` of `alitrip.merchant.galaxy.order.coupon.validate`. */
export interface AlitripMerchantGalaxyOrderCouponValidateDerbyVoucherInfo {
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
  coupon_param: {
    coupon_template_id_list: ['Number'],
    discount_param: {
      guest_by_room_dtos: [
        {
          child_ages: ['String'],
          child_roomer_number: 'Number',
          adult_roomer_number: 'Number',
          roomer_number: 'Number',
          contact_last_name: 'String',
          contact_first_name: 'String',
        },
      ],
      payment_type: 'Number',
      rate_id: 'Number',
      total_price: 'String',
      gid: 'Number',
      check_out_date: 'String',
      check_in_date: 'String',
      rp_id: 'Number',
      out_room_id: 'Number',
      hotel_id: 'String',
      hid: 'Number',
      rp_code: 'String',
      room_id: 'String',
    },
    no_discount_param: {
      guest_by_room_dtos: [
        {
          child_ages: ['String'],
          child_roomer_number: 'Number',
          adult_roomer_number: 'Number',
          roomer_number: 'Number',
          contact_last_name: 'String',
          contact_first_name: 'String',
        },
      ],
      check_out_date: 'String',
      check_in_date: 'String',
      rp_id: 'Number',
      out_room_id: 'Number',
      hotel_id: 'String',
      hid: 'Number',
      payment_type: 'Number',
      rate_id: 'Number',
      total_price: 'String',
      gid: 'Number',
      rp_code: 'String',
      room_id: 'String',
    },
    voucher_id: 'String',
    derby_voucher_universal_dto: {
      category: 'String',
      discount_off: 'Number',
      room_type_code: 'String',
      rate_plan_code: 'String',
      is_derby_voucher_room: 'Boolean',
    },
    version: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    error_msg: 'String',
    error_code: 'String',
    content: {
      coupon_info_v_o: {
        status: 'String',
        expired_time_min: 'String',
        detail_desc: 'String',
        condition_desc: 'String',
        coupon_name: 'String',
        condition_amount: 'String',
        discount_amount: 'String',
        instance_id: 'Number',
        coupon_type: 'String',
      },
      instance_v_o_list: [
        {
          status: 'String',
          expired_time_min: 'String',
          detail_desc: 'String',
          condition_desc: 'String',
          coupon_name: 'String',
          condition_amount: 'String',
          discount_amount: 'String',
          instance_id: 'Number',
          coupon_type: 'String',
        },
      ],
      discount_d_t_o: {
        daily_price_list: [
          {
            really_price: 'String',
            date: 'String',
            out_really_price: 'String',
          },
        ],
        is_amount_changed: 'Boolean',
        order_code: 'String',
        amount_changed_display: 'String',
        total_tax: 'String',
        total_price_exclude_tax: 'String',
        total_amount: 'String',
        cancel_policy: {
          cancel_policy_type: 'Number',
          cancel_policy_desc: 'String',
          cancel_policy_name: 'String',
        },
        dining_policy_list: [
          {
            day: 'Date',
            day_str: 'String',
            price: 'Number',
            tax: 'Number',
            breakfast_count: 'Number',
            breakfast_name: 'String',
            out_price: 'Number',
            out_tax: 'Number',
          },
        ],
        markup_info: {
          markup_price: 'Number',
          markup_desc: 'String',
          daily_markup_price_list: [
            {
              daily_price: 'String',
              date: 'String',
            },
          ],
          total_markup_price: 'Number',
        },
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
        payment_type: 'String',
      },
      no_discount_d_t_o: {
        daily_price_list: [
          {
            really_price: 'String',
            date: 'String',
            out_really_price: 'String',
          },
        ],
        is_amount_changed: 'Boolean',
        order_code: 'String',
        amount_changed_display: 'String',
        total_tax: 'String',
        total_price_exclude_tax: 'String',
        total_amount: 'String',
        dining_policy_list: [
          {
            breakfast_name: 'String',
            breakfast_count: 'Number',
            tax: 'Number',
            price: 'Number',
            day_str: 'String',
            day: 'Date',
            out_tax: 'Number',
            out_price: 'Number',
          },
        ],
        cancel_policy: {
          cancel_policy_type: 'Number',
          cancel_policy_desc: 'String',
          cancel_policy_name: 'String',
        },
        markup_info: {
          markup_price: 'Number',
          markup_desc: 'String',
          daily_markup_price_list: [
            {
              daily_price: 'String',
              date: 'String',
            },
          ],
          total_markup_price: 'Number',
        },
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
        payment_type: 'String',
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
  },
} as const satisfies ObjectSchema;

/** Static description of `alitrip.merchant.galaxy.order.coupon.validate`: method, response root, request and response schemas. */
export const alitripMerchantGalaxyOrderCouponValidateOperation = {
  method: 'alitrip.merchant.galaxy.order.coupon.validate',
  responseRoot: 'alitrip_merchant_galaxy_order_coupon_validate_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 携带券的试单接口 — calls TOP method `alitrip.merchant.galaxy.order.coupon.validate`.
 *
 * 试单时可以使用优惠券，返回一个原价，一个折扣价
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripMerchantGalaxyOrderCouponValidate(
  client: TopClient,
  request: AlitripMerchantGalaxyOrderCouponValidateRequest = {},
  options?: CallOptions,
): Promise<AlitripMerchantGalaxyOrderCouponValidateResponse> {
  return client.call<AlitripMerchantGalaxyOrderCouponValidateResponse>(
    {
      method: 'alitrip.merchant.galaxy.order.coupon.validate',
      responseRoot: 'alitrip_merchant_galaxy_order_coupon_validate_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
