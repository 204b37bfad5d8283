// Generated from specs/axindata/taobao.alitrip.travel.axin.hotel.price.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.alitrip.travel.axin.hotel.price.get` (酒店报价服务-阿信). */
export interface TaobaoAlitripTravelAxinHotelPriceGetRequest {
  /** 标准酒店id */
  shid: Int64Input;
  /** 入住日期 */
  check_in: DateInput;
  /** 离店日期 */
  check_out: DateInput;
  /** 分销商ID */
  distributor_tid: Int64Input;
  /** 城市代码 */
  city_code: Int64Input;
}

/** Response of `taobao.alitrip.travel.axin.hotel.price.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoAlitripTravelAxinHotelPriceGetResponse {
  /** 接口返回model */
  result?: TaobaoAlitripTravelAxinHotelPriceGetResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `taobao.alitrip.travel.axin.hotel.price.get`. */
export interface TaobaoAlitripTravelAxinHotelPriceGetResult {
  /** 返回素材id */
  data?: TaobaoAlitripTravelAxinHotelPriceGetHotelPriceVo;
  /** 错误码 */
  error_code?: string;
  /** 错误信息 */
  error_msg?: string;
  /** 是否成功 */
  success?: boolean;
}

/** `HotelPriceVo` of `taobao.alitrip.travel.axin.hotel.price.get`. */
export interface TaobaoAlitripTravelAxinHotelPriceGetHotelPriceVo {
  /** 报价信息 */
  room_list?: TaobaoAlitripTravelAxinHotelPriceGetRoomPriceVo[];
  /** 入住日期 */
  check_in?: string;
  /** 离店日期 */
  check_out?: string;
  /** 标准酒店id */
  shid?: Int64;
}

/** `RoomPriceVo` of `taobao.alitrip.travel.axin.hotel.price.get`. */
export interface TaobaoAlitripTravelAxinHotelPriceGetRoomPriceVo {
  /** 房型信息 */
  std_room_info?: TaobaoAlitripTravelAxinHotelPriceGetStdRoomType;
  /** 价库信息 */
  rate_list?: TaobaoAlitripTravelAxinHotelPriceGetRateVo[];
}

/** `StdRoomType` of `taobao.alitrip.travel.axin.hotel.price.get`. */
export interface TaobaoAlitripTravelAxinHotelPriceGetStdRoomType {
  /** 床型描述 */
  bed_type_desc?: string;
  /** 床型 */
  bed_type?: string;
  /** 窗型0, 无窗,1, 有窗; */
  window_type?: string;
  /** 面积 */
  area?: string;
  /** 最大入住人数 */
  max_occupancy?: Int64;
  /** 设施 */
  facility?: string;
  /** 宽带服务"0","有线上网(免费), "1","有线上网(无)", "2","有线上网(收费)", "3","有线上网(部分有且免费)", "4","有线上网(部分有且收费)" */
  network_service?: string;
  /** 楼层 */
  floor?: string;
  /** 房型名称 */
  name?: string;
  /** 标准房型ID */
  srid?: Int64;
}

/** `RateVo` of `taobao.alitrip.travel.axin.hotel.price.get`. */
export interface TaobaoAlitripTravelAxinHotelPriceGetRateVo {
  /** 售卖政策名称 */
  rate_plan_name?: string;
  /** 售卖政策id */
  rate_plan_id?: Int64;
  /** 商品id */
  item_id?: Int64;
  /** 售卖单位id */
  rate_id?: Int64;
  /** 最小提前小时数 */
  min_adv_hours?: Int64;
  /** 库存 */
  quota?: Int64;
  /** 价格(单位分) */
  price?: Int64;
  /** 是否即时确认 */
  instant_confirm?: boolean;
  /** 每日截止时间 */
  end_time_daily?: string;
  /** 币种 */
  currency_code?: string;
  /** 退改政策描述 */
  cancel_policy_desc?: string;
  /** 是否含早餐 */
  breakfast?: string;
  /** 优惠金额（单位分） */
  promotion_price?: Int64;
  /** 取消政策 */
  cancel_policy_v_o?: TaobaoAlitripTravelAxinHotelPriceGetCancelPolicyVo;
  /** 早餐数量 */
  breakfast_count?: Int64;
  /** 佣金费率 */
  commission_fee_rate?: string;
  /** 资源标签 */
  resource_tag?: string;
  /** 分销模式 FP-底价模式 SP-卖家模式 */
  distribute_mode?: string;
  /** 凌晨房信息 */
  dawn_booking_vo?: TaobaoAlitripTravelAxinHotelPriceGetDawnBookingVO;
  /** 最小连住天数 */
  min_days?: Int64;
  /** 最大连住天数 */
  max_days?: Int64;
  /** 最大提前小时数 */
  max_adv_hours?: Int64;
  /** 是否小时房,不为空且为true时标识小时房，否则全日房 */
  hour_room?: boolean;
  /** 小时房信息 */
  hour_room_info?: TaobaoAlitripTravelAxinHotelPriceGetHourRoomInfo;
  /** 小时房信息 */
  hour_room_info_dto?: TaobaoAlitripTravelAxinHotelPriceGetHourRoomInfoDTO;
  /** 1-订单金额酒店开票，分销商开返佣发票 2-订单金额阿信开票，分销商不开票 3-订单金额无票，分销商开返佣发票 */
  invoicing_mode?: Int64;
}

/** `CancelPolicyVo` of `taobao.alitrip.travel.axin.hotel.price.get`. */
export interface TaobaoAlitripTravelAxinHotelPriceGetCancelPolicyVo {
  /** 详细规则 */
  policy_v_o_list?: TaobaoAlitripTravelAxinHotelPriceGetPolicyVo[];
  /** 取消政策类型 */
  cancel_policy_type?: Int64;
}

/** `PolicyVo` of `taobao.alitrip.travel.axin.hotel.price.get`. */
export interface TaobaoAlitripTravelAxinHotelPriceGetPolicyVo {
  /** 扣除值 */
  value?: Int64;
  /** 往前推小时 */
  hour?: Int64;
}

/** `DawnBookingVO` of `taobao.alitrip.travel.axin.hotel.price.get`. */
export interface TaobaoAlitripTravelAxinHotelPriceGetDawnBookingVO {
  /** 是否支持凌晨房 */
  can_dawn_book?: boolean;
  /** 凌晨房预订开始时间 */
  dawn_book_start_time?: string;
  /** 凌晨房预订结束时间 */
  dawn_book_end_time?: string;
}

/** `HourRoomInfo` of `taobao.alitrip.travel.axin.hotel.price.get`. */
export interface TaobaoAlitripTravelAxinHotelPriceGetHourRoomInfo {
  /** 小时房入住时长，单位小时 */
  hourage?: Int64;
  /** 小时房可入住开始时间，HH:mm格式 */
  hour_room_check_in_start?: string;
  /** 小时房可入住结束时间，HH:mm格式 */
  hour_room_check_in_end?: string;
}

/** `HourRoomInfoDTO` of `taobao.alitrip.travel.axin.hotel.price.get`. */
export interface TaobaoAlitripTravelAxinHotelPriceGetHourRoomInfoDTO {
  /** 小时房入住时长，单位小时 */
  hourage?: Int64;
  /** 小时房可入住开始时间，HH:mm格式 */
  hour_room_check_in_start?: string;
  /** 小时房可入住结束时间，HH:mm格式 */
  hour_room_check_in_end?: string;
}

const REQUEST_SCHEMA = {
  shid: 'Number',
  check_in: 'Date',
  check_out: 'Date',
  distributor_tid: 'Number',
  city_code: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    data: {
      room_list: [
        {
          std_room_info: {
            bed_type_desc: 'String',
            bed_type: 'String',
            window_type: 'String',
            area: 'String',
            max_occupancy: 'Number',
            facility: 'String',
            network_service: 'String',
            floor: 'String',
            name: 'String',
            srid: 'Number',
          },
          rate_list: [
            {
              rate_plan_name: 'String',
              rate_plan_id: 'Number',
              item_id: 'Number',
              rate_id: 'Number',
              min_adv_hours: 'Number',
              quota: 'Number',
              price: 'Number',
              instant_confirm: 'Boolean',
              end_time_daily: 'String',
              currency_code: 'String',
              cancel_policy_desc: 'String',
              breakfast: 'String',
              promotion_price: 'Number',
              cancel_policy_v_o: {
                policy_v_o_list: [
                  {
                    value: 'Number',
                    hour: 'Number',
                  },
                ],
                cancel_policy_type: 'Number',
              },
              breakfast_count: 'Number',
              commission_fee_rate: 'String',
              resource_tag: 'String',
              distribute_mode: 'String',
              dawn_booking_vo: {
                can_dawn_book: 'Boolean',
                dawn_book_start_time: 'String',
                dawn_book_end_time: 'String',
              },
              min_days: 'Number',
              max_days: 'Number',
              max_adv_hours: 'Number',
              hour_room: 'Boolean',
              hour_room_info: {
                hourage: 'Number',
                hour_room_check_in_start: 'String',
                hour_room_check_in_end: 'String',
              },
              hour_room_info_dto: {
                hourage: 'Number',
                hour_room_check_in_start: 'String',
                hour_room_check_in_end: 'String',
              },
              invoicing_mode: 'Number',
            },
          ],
        },
      ],
      check_in: 'Date',
      check_out: 'Date',
      shid: 'Number',
    },
    error_code: 'String',
    error_msg: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.alitrip.travel.axin.hotel.price.get`: method, response root, request and response schemas. */
export const taobaoAlitripTravelAxinHotelPriceGetOperation = {
  method: 'taobao.alitrip.travel.axin.hotel.price.get',
  responseRoot: 'alitrip_travel_axin_hotel_price_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 酒店报价服务-阿信 — calls TOP method `taobao.alitrip.travel.axin.hotel.price.get`.
 *
 * 酒店报价查询服务
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoAlitripTravelAxinHotelPriceGet(
  client: TopClient,
  request: TaobaoAlitripTravelAxinHotelPriceGetRequest,
  options?: CallOptions,
): Promise<TaobaoAlitripTravelAxinHotelPriceGetResponse> {
  return client.call<TaobaoAlitripTravelAxinHotelPriceGetResponse>(
    {
      method: 'taobao.alitrip.travel.axin.hotel.price.get',
      responseRoot: 'alitrip_travel_axin_hotel_price_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
