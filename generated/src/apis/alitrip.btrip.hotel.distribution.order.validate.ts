// Generated from specs/btrip/alitrip.btrip.hotel.distribution.order.validate.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.btrip.hotel.distribution.order.validate` (商旅酒店API分销下单前校验). */
export interface AlitripBtripHotelDistributionOrderValidateRequest {
  /** 下单前校验入参 */
  param_btrip_hotel_validate_order_rq?: AlitripBtripHotelDistributionOrderValidateBtripHotelValidateOrderRqInput;
}

/** Response of `alitrip.btrip.hotel.distribution.order.validate`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripBtripHotelDistributionOrderValidateResponse {
  /** 下单前校验结果 */
  result?: AlitripBtripHotelDistributionOrderValidateHisvResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `BtripHotelValidateOrderRq` of `alitrip.btrip.hotel.distribution.order.validate`. */
export interface AlitripBtripHotelDistributionOrderValidateBtripHotelValidateOrderRqInput {
  /** 购买人在分销商平台的用户昵称 */
  buyer_name?: string;
  /** 购买人在分销商平台的唯一用户id */
  buyer_unique_key?: string;
  /** 入住时间 */
  check_in: DateInput;
  /** 离店时间 */
  check_out: DateInput;
  /** 商旅酒店唯一商品标识 */
  item_id: Int64Input;
  /** 每间房成人数 */
  number_of_adults_per_room?: Int64Input;
  /** 预订房间数量 */
  number_of_rooms: Int64Input;
  /** 销计划id */
  rate_plan_id: Int64Input;
  /** 详情报价的优惠金额 */
  search_promotion_amount?: Int64Input;
  /** 详情报价的房价 */
  search_room_price?: Int64Input;
  /** 分销子渠道，通常指代商旅的企业id */
  sub_channel: string;
  /** 供应商标识 */
  supplier_code: string;
  /** 总价 */
  total_price?: Int64Input;
}

/** `HisvResult` of `alitrip.btrip.hotel.distribution.order.validate`. */
export interface AlitripBtripHotelDistributionOrderValidateHisvResult {
  /** 试单结果数据 */
  module?: AlitripBtripHotelDistributionOrderValidateBtripHotelValidateOrderRs;
  /** 试单返回结果码 */
  result_code?: Int64;
  /** 试单返回结果信息 */
  result_msg?: string;
}

/** `BtripHotelValidateOrderRs` of `alitrip.btrip.hotel.distribution.order.validate`. */
export interface AlitripBtripHotelDistributionOrderValidateBtripHotelValidateOrderRs {
  /** 创单Key值，下单时使用 */
  create_key?: string;
  /** 优惠信息 */
  promotion_info?: AlitripBtripHotelDistributionOrderValidateBtripHotelPromotionDto;
  /** 销售计划id */
  rate_plan_id?: Int64;
  /** 详细的销售计划 */
  rate_plan_info?: AlitripBtripHotelDistributionOrderValidateBtripHotelRatePlanInfoDto;
}

/** `BtripHotelPromotionDto` of `alitrip.btrip.hotel.distribution.order.validate`. */
export interface AlitripBtripHotelDistributionOrderValidateBtripHotelPromotionDto {
  /** 详细的优惠信息列表 */
  promotion_detail_list?: AlitripBtripHotelDistributionOrderValidateBtripHotelPromotionDetailDto[];
  /** 当前下单是否存在优惠 */
  promotion_existed?: boolean;
  /** 总优惠金额 */
  promotion_total_price?: Int64;
}

/** `BtripHotelPromotionDetailDto` of `alitrip.btrip.hotel.distribution.order.validate`. */
export interface AlitripBtripHotelDistributionOrderValidateBtripHotelPromotionDetailDto {
  /** 优惠项名称 */
  promotion_name?: string;
  /** 优惠金额 */
  promotion_price?: Int64;
  /** 优惠类型 */
  promotion_type?: Int64;
}

/** `BtripHotelRatePlanInfoDto` of `alitrip.btrip.hotel.distribution.order.validate`. */
export interface AlitripBtripHotelDistributionOrderValidateBtripHotelRatePlanInfoDto {
  /** 房型描述 */
  bed_desc?: string;
  /** 取消政策 */
  btrip_hotel_cancel_policy_d_t_o?: AlitripBtripHotelDistributionOrderValidateBtripHotelCancelPolicyDto;
  /** 最早入住时间 */
  earliest_check_in_time?: string;
  /** 最晚离店时间 */
  latest_check_out_time?: string;
  /** 最大可预订房间数 */
  max_booking_num?: Int64;
  /** 状态库存场景，不生效。值大于0场景使用 */
  max_inventory?: Int64;
  /** 每间房最大可入住人数 */
  max_occupancy_num?: Int64;
  /** 是否需要填写电子邮箱 */
  need_email?: boolean;
  /** 每间房rate信息 */
  rate_units?: AlitripBtripHotelDistributionOrderValidateBtripHotelRateUnitDto[];
  /** 总房价（会员价） */
  total_member_room_price?: Int64;
  /** 总房价 */
  total_room_price?: Int64;
}

/** `BtripHotelCancelPolicyDto` of `alitrip.btrip.hotel.distribution.order.validate`. */
export interface AlitripBtripHotelDistributionOrderValidateBtripHotelCancelPolicyDto {
  /** 详细的取消规则 */
  btrip_hotel_cancel_policy_info_d_t_o_list?: AlitripBtripHotelDistributionOrderValidateBtripHotelCancelPolicyInfoDto[];
  /** 取消类型 */
  cancel_policy_type?: Int64;
}

/** `BtripHotelCancelPolicyInfoDto` of `alitrip.btrip.hotel.distribution.order.validate`. */
export interface AlitripBtripHotelDistributionOrderValidateBtripHotelCancelPolicyInfoDto {
  /** 提前小时 */
  hour?: Int64;
  /** 罚金 */
  value?: Int64;
}

/** `BtripHotelRateUnitDto` of `alitrip.btrip.hotel.distribution.order.validate`. */
export interface AlitripBtripHotelDistributionOrderValidateBtripHotelRateUnitDto {
  /** 日历信息 */
  daily_price_info_list?: AlitripBtripHotelDistributionOrderValidateBtripHotelDailyPriceInfoDto[];
  /** 最小售卖单元唯一key */
  rate_key?: string;
}

/** `BtripHotelDailyPriceInfoDto` of `alitrip.btrip.hotel.distribution.order.validate`. */
export interface AlitripBtripHotelDistributionOrderValidateBtripHotelDailyPriceInfoDto {
  /** 餐食信息 */
  btrip_hotel_board_d_t_o?: AlitripBtripHotelDistributionOrderValidateBtripHotelBoardDto;
  /** 房间价格,人民币，单位分 */
  cny_price?: Int64;
  /** 入住日期 */
  date?: string;
  /** 不取整的每日优惠后价格 */
  discount_daily_price?: Int64;
  /** 取整后的每日优惠后价格 */
  rounding_discount_daily_price?: Int64;
}

/** `BtripHotelBoardDto` of `alitrip.btrip.hotel.distribution.order.validate`. */
export interface AlitripBtripHotelDistributionOrderValidateBtripHotelBoardDto {
  /** 餐食数量 */
  board_num?: Int64;
  /** 餐食种类 */
  board_type?: Int64;
}

const REQUEST_SCHEMA = {
  param_btrip_hotel_validate_order_rq: {
    buyer_name: 'String',
    buyer_unique_key: 'String',
    check_in: 'Date',
    check_out: 'Date',
    item_id: 'Number',
    number_of_adults_per_room: 'Number',
    number_of_rooms: 'Number',
    rate_plan_id: 'Number',
    search_promotion_amount: 'Number',
    search_room_price: 'Number',
    sub_channel: 'String',
    supplier_code: 'String',
    total_price: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    module: {
      create_key: 'String',
      promotion_info: {
        promotion_detail_list: [
          {
            promotion_name: 'String',
            promotion_price: 'Number',
            promotion_type: 'Number',
          },
        ],
        promotion_existed: 'Boolean',
        promotion_total_price: 'Number',
      },
      rate_plan_id: 'Number',
      rate_plan_info: {
        bed_desc: 'String',
        btrip_hotel_cancel_policy_d_t_o: {
          btrip_hotel_cancel_policy_info_d_t_o_list: [
            {
              hour: 'Number',
              value: 'Number',
            },
          ],
          cancel_policy_type: 'Number',
        },
        earliest_check_in_time: 'String',
        latest_check_out_time: 'String',
        max_booking_num: 'Number',
        max_inventory: 'Number',
        max_occupancy_num: 'Number',
        need_email: 'Boolean',
        rate_units: [
          {
            daily_price_info_list: [
              {
                btrip_hotel_board_d_t_o: {
                  board_num: 'Number',
                  board_type: 'Number',
                },
                cny_price: 'Number',
                date: 'String',
                discount_daily_price: 'Number',
                rounding_discount_daily_price: 'Number',
              },
            ],
            rate_key: 'String',
          },
        ],
        total_member_room_price: 'Number',
        total_room_price: 'Number',
      },
    },
    result_code: 'Number',
    result_msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alitrip.btrip.hotel.distribution.order.validate`: method, response root, request and response schemas. */
export const alitripBtripHotelDistributionOrderValidateOperation = {
  method: 'alitrip.btrip.hotel.distribution.order.validate',
  responseRoot: 'alitrip_btrip_hotel_distribution_order_validate_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 商旅酒店API分销下单前校验 — calls TOP method `alitrip.btrip.hotel.distribution.order.validate`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripBtripHotelDistributionOrderValidate(
  client: TopClient,
  request: AlitripBtripHotelDistributionOrderValidateRequest = {},
  options?: CallOptions,
): Promise<AlitripBtripHotelDistributionOrderValidateResponse> {
  return client.call<AlitripBtripHotelDistributionOrderValidateResponse>(
    {
      method: 'alitrip.btrip.hotel.distribution.order.validate',
      responseRoot: 'alitrip_btrip_hotel_distribution_order_validate_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
