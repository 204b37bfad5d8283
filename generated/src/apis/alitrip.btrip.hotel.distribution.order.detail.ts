// Generated from specs/btrip/alitrip.btrip.hotel.distribution.order.detail.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.btrip.hotel.distribution.order.detail` (商旅酒店API分销查询订单详情). */
export interface AlitripBtripHotelDistributionOrderDetailRequest {
  /** 订单详情接口入参 */
  param_btrip_hotel_order_operate_rq?: AlitripBtripHotelDistributionOrderDetailBtripHotelOrderOperateRqInput;
}

/** Response of `alitrip.btrip.hotel.distribution.order.detail`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripBtripHotelDistributionOrderDetailResponse {
  /** 订单详情接口返回结果 */
  result?: AlitripBtripHotelDistributionOrderDetailHisvResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `BtripHotelOrderOperateRq` of `alitrip.btrip.hotel.distribution.order.detail`. */
export interface AlitripBtripHotelDistributionOrderDetailBtripHotelOrderOperateRqInput {
  /** 商旅订单id */
  btrip_order_id?: Int64Input;
  /** 分销商订单id */
  dis_order_id: string;
  /** 分销子渠道，通常是指企业id */
  sub_channel: string;
  /** 供应商标识 */
  supplier_code: string;
}

/** `HisvResult` of `alitrip.btrip.hotel.distribution.order.detail`. */
export interface AlitripBtripHotelDistributionOrderDetailHisvResult {
  /** 订单详情接口返回数据对象 */
  module?: AlitripBtripHotelDistributionOrderDetailBtripHotelOrderDetailInfoRs;
  /** 返回结果码 */
  result_code?: Int64;
  /** 返回结果信息 */
  result_msg?: string;
}

/** `BtripHotelOrderDetailInfoRs` of `alitrip.btrip.hotel.distribution.order.detail`. */
export interface AlitripBtripHotelDistributionOrderDetailBtripHotelOrderDetailInfoRs {
  /** 订单酒店信息 */
  btrip_hotel_info?: AlitripBtripHotelDistributionOrderDetailBtripHotelInfoDto;
  /** 订单主体信息 */
  btrip_hotel_order_main_info?: AlitripBtripHotelDistributionOrderDetailBtripHotelOrderMainInfoDto;
  /** 房型信息 */
  btrip_hotel_room_info?: AlitripBtripHotelDistributionOrderDetailBtripHotelRoomInfoDto;
  /** 每日房价信息 */
  daily_price_info_list?: AlitripBtripHotelDistributionOrderDetailBtripHotelDailyPriceInfoDto[];
}

/** `BtripHotelInfoDto` of `alitrip.btrip.hotel.distribution.order.detail`. */
export interface AlitripBtripHotelDistributionOrderDetailBtripHotelInfoDto {
  /** 酒店地址 */
  hotel_address?: string;
  /** 酒店名称 */
  hotel_name?: string;
  /** 酒店电话 */
  hotel_tel?: string;
  /** 纬度 */
  latitude?: string;
  /** 经度 */
  longitude?: string;
  /** 酒店id */
  shid?: Int64;
}

/** `BtripHotelOrderMainInfoDto` of `alitrip.btrip.hotel.distribution.order.detail`. */
export interface AlitripBtripHotelDistributionOrderDetailBtripHotelOrderMainInfoDto {
  /** 商旅订单id */
  btrip_order_id?: Int64;
  /** 买家实退金额 */
  buyer_real_refund?: Int64;
  /** 入住时间 */
  check_in?: string;
  /** 离店时间 */
  check_out?: string;
  /** 分销商订单号 */
  dis_order_id?: string;
  /** 卖家优惠的金额 */
  discount_fee?: Int64;
  /** 最晚到店时间，可能为空 */
  late_arrive_time?: string;
  /** 住几晚 */
  nights?: Int64;
  /** 订单创建日期 */
  order_create_date?: string;
  /** 订单状态 */
  order_status?: Int64;
  /** 订单状态描述 */
  order_status_desc?: string;
  /** 平台优惠金额，单位：分 */
  platform_promotion_amt?: Int64;
  /** 订单房间数 */
  room_number?: Int64;
  /** 实际支付金额 */
  total_actual_price?: Int64;
  /** 总房费 */
  total_room_price?: Int64;
  /** 供应商订单id */
  supplier_order_id?: string;
  /** 实际入住时间 */
  real_checkin_time?: string;
  /** 实际离店时间 */
  real_checkout_time?: string;
}

/** `BtripHotelRoomInfoDto` of `alitrip.btrip.hotel.distribution.order.detail`. */
export interface AlitripBtripHotelDistributionOrderDetailBtripHotelRoomInfoDto {
  /** 酒店房间设施列表 */
  room_facility_list?: string[];
  /** 房型名称 */
  room_type_name?: string;
}

/** `BtripHotelDailyPriceInfoDto` of `alitrip.btrip.hotel.distribution.order.detail`. */
export interface AlitripBtripHotelDistributionOrderDetailBtripHotelDailyPriceInfoDto {
  /** 餐食信息 */
  btrip_hotel_board_d_t_o?: AlitripBtripHotelDistributionOrderDetailBtripHotelBoardDto;
  /** 房价 */
  cny_price?: Int64;
  /** 日期 */
  date?: string;
}

/** `BtripHotelBoardDto` of `alitrip.btrip.hotel.distribution.order.detail`. */
export interface AlitripBtripHotelDistributionOrderDetailBtripHotelBoardDto {
  /** 餐食数量 */
  board_num?: Int64;
  /** 餐食类型 */
  board_type?: Int64;
}

const REQUEST_SCHEMA = {
  param_btrip_hotel_order_operate_rq: {
    btrip_order_id: 'Number',
    dis_order_id: 'String',
    sub_channel: 'String',
    supplier_code: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    module: {
      btrip_hotel_info: {
        hotel_address: 'String',
        hotel_name: 'String',
        hotel_tel: 'String',
        latitude: 'String',
        longitude: 'String',
        shid: 'Number',
      },
      btrip_hotel_order_main_info: {
        btrip_order_id: 'Number',
        buyer_real_refund: 'Number',
        check_in: 'Date',
        check_out: 'Date',
        dis_order_id: 'String',
        discount_fee: 'Number',
        late_arrive_time: 'Date',
        nights: 'Number',
        order_create_date: 'Date',
        order_status: 'Number',
        order_status_desc: 'String',
        platform_promotion_amt: 'Number',
        room_number: 'Number',
        total_actual_price: 'Number',
        total_room_price: 'Number',
        supplier_order_id: 'String',
        real_checkin_time: 'Date',
        real_checkout_time: 'Date',
      },
      btrip_hotel_room_info: {
        room_facility_list: ['String'],
        room_type_name: 'String',
      },
      daily_price_info_list: [
        {
          btrip_hotel_board_d_t_o: {
            board_num: 'Number',
            board_type: 'Number',
          },
          cny_price: 'Number',
          date: 'String',
        },
      ],
    },
    result_code: 'Number',
    result_msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alitrip.btrip.hotel.distribution.order.detail`: method, response root, request and response schemas. */
export const alitripBtripHotelDistributionOrderDetailOperation = {
  method: 'alitrip.btrip.hotel.distribution.order.detail',
  responseRoot: 'alitrip_btrip_hotel_distribution_order_detail_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 商旅酒店API分销查询订单详情 — calls TOP method `alitrip.btrip.hotel.distribution.order.detail`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripBtripHotelDistributionOrderDetail(
  client: TopClient,
  request: AlitripBtripHotelDistributionOrderDetailRequest = {},
  options?: CallOptions,
): Promise<AlitripBtripHotelDistributionOrderDetailResponse> {
  return client.call<AlitripBtripHotelDistributionOrderDetailResponse>(
    {
      method: 'alitrip.btrip.hotel.distribution.order.detail',
      responseRoot: 'alitrip_btrip_hotel_distribution_order_detail_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
