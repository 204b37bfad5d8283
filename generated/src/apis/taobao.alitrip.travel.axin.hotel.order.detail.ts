// Generated from specs/axintrade/taobao.alitrip.travel.axin.hotel.order.detail.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.alitrip.travel.axin.hotel.order.detail` (阿信酒店分销-订单详情接口). */
export interface TaobaoAlitripTravelAxinHotelOrderDetailRequest {
  /** 采购单id */
  pur_sub_order_id?: Int64Input;
  /** 外部订单id */
  outer_order_id?: string;
  /** 分销商id */
  distributor_tid: Int64Input;
  /** 资源渠道 */
  resource_channel?: string;
}

/** Response of `taobao.alitrip.travel.axin.hotel.order.detail`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoAlitripTravelAxinHotelOrderDetailResponse {
  /** 返回结果 */
  result?: TaobaoAlitripTravelAxinHotelOrderDetailResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `taobao.alitrip.travel.axin.hotel.order.detail`. */
export interface TaobaoAlitripTravelAxinHotelOrderDetailResult {
  /** 成功与否 */
  success?: boolean;
  /** 错误码 */
  error_code?: string;
  /** 错误信息 */
  error_msg?: string;
  /** 返回参数 */
  data?: TaobaoAlitripTravelAxinHotelOrderDetailHotelOrderQueryRes;
}

/** `HotelOrderQueryRes` of `taobao.alitrip.travel.axin.hotel.order.detail`. */
export interface TaobaoAlitripTravelAxinHotelOrderDetailHotelOrderQueryRes {
  /** 酒店信息 */
  hotel_info?: TaobaoAlitripTravelAxinHotelOrderDetailHotelInfo;
  /** 房间信息 */
  room_info?: TaobaoAlitripTravelAxinHotelOrderDetailRoomInfo;
  /** 订单履约信息 */
  order_fulfill_info?: TaobaoAlitripTravelAxinHotelOrderDetailOrderFulfillInfo;
  /** 实际支付总金额，单位为分 */
  actual_total_fee?: Int64;
  /** 每日价格信息 */
  daily_info_list?: TaobaoAlitripTravelAxinHotelOrderDetailDailyInfo[];
  /** 订单状态描述 */
  status_desc?: string;
  /** 状态 */
  status?: Int64;
  /** 外部订单号 */
  outer_order_id?: string;
  /** 采购单id */
  purchase_order_id?: Int64;
  /** 退款金额，单位为分（产生退款时不为空） */
  refund_fee?: Int64;
  /** 飞猪订单号 */
  fliggy_order_id?: string;
  /** 支付id */
  pay_id?: Int64;
  /** 汇率 */
  exchange_rate?: string;
  /** 币种 */
  currency_code?: string;
  /** 实际支付原币种金额 */
  origin_actual_total_fee?: Int64;
}

/** `HotelInfo` of `taobao.alitrip.travel.axin.hotel.order.detail`. */
export interface TaobaoAlitripTravelAxinHotelOrderDetailHotelInfo {
  /** 酒店联系电话 */
  hotel_tel?: string;
  /** 酒店地址 */
  hotel_address?: string;
  /** 酒店id */
  shid?: Int64;
  /** 酒店名称 */
  hotel_name?: string;
}

/** `RoomInfo` of `taobao.alitrip.travel.axin.hotel.order.detail`. */
export interface TaobaoAlitripTravelAxinHotelOrderDetailRoomInfo {
  /** 房型设施 */
  room_facility_list?: string[];
  /** 房型名称 */
  room_name?: string;
}

/** `OrderFulfillInfo` of `taobao.alitrip.travel.axin.hotel.order.detail`. */
export interface TaobaoAlitripTravelAxinHotelOrderDetailOrderFulfillInfo {
  /** 房间数量 */
  room_number?: Int64;
  /** 离店时间 */
  check_out?: string;
  /** 入住时间 */
  check_in?: string;
  /** 最晚到店时间 */
  late_arrive_time?: string;
  /** 酒店确认号 */
  confirm_code?: string;
  /** 是否小时房 */
  hour_room?: boolean;
  /** 小时房已选入住时间 */
  check_in_time?: string;
  /** 小时房已选离店时间 */
  check_out_time?: string;
  /** 小时房连住时长 */
  hourage?: Int64;
}

/** `DailyInfo` of `taobao.alitrip.travel.axin.hotel.order.detail`. */
export interface TaobaoAlitripTravelAxinHotelOrderDetailDailyInfo {
  /** 价格，单位为分 */
  cny_price?: Int64;
  /** 日期 */
  date?: string;
  /** 餐食 */
  board_d_t_o?: TaobaoAlitripTravelAxinHotelOrderDetailBoardDto;
  /** 原币种价格 */
  price?: Int64;
}

/** `BoardDto` of `taobao.alitrip.travel.axin.hotel.order.detail`. */
export interface TaobaoAlitripTravelAxinHotelOrderDetailBoardDto {
  /** 餐食数量 */
  board_num?: Int64;
  /** 餐食种类 */
  board_type?: Int64;
}

const REQUEST_SCHEMA = {
  pur_sub_order_id: 'Number',
  outer_order_id: 'String',
  distributor_tid: 'Number',
  resource_channel: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    error_code: 'String',
    error_msg: 'String',
    data: {
      hotel_info: {
        hotel_tel: 'String',
        hotel_address: 'String',
        shid: 'Number',
        hotel_name: 'String',
      },
      room_info: {
        room_facility_list: ['String'],
        room_name: 'String',
      },
      order_fulfill_info: {
        room_number: 'Number',
        check_out: 'Date',
        check_in: 'Date',
        late_arrive_time: 'Date',
        confirm_code: 'String',
        hour_room: 'Boolean',
        check_in_time: 'String',
        check_out_time: 'String',
        hourage: 'Number',
      },
      actual_total_fee: 'Number',
      daily_info_list: [
        {
          cny_price: 'Number',
          date: 'Date',
          board_d_t_o: {
            board_num: 'Number',
            board_type: 'Number',
          },
          price: 'Number',
        },
      ],
      status_desc: 'String',
      status: 'Number',
      outer_order_id: 'String',
      purchase_order_id: 'Number',
      refund_fee: 'Number',
      fliggy_order_id: 'String',
      pay_id: 'Number',
      exchange_rate: 'Price',
      currency_code: 'String',
      origin_actual_total_fee: 'Number',
    },
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.alitrip.travel.axin.hotel.order.detail`: method, response root, request and response schemas. */
export const taobaoAlitripTravelAxinHotelOrderDetailOperation = {
  method: 'taobao.alitrip.travel.axin.hotel.order.detail',
  responseRoot: 'alitrip_travel_axin_hotel_order_detail_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 阿信酒店分销-订单详情接口 — calls TOP method `taobao.alitrip.travel.axin.hotel.order.detail`.
 *
 * 阿信酒店订单详情的读取接口
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoAlitripTravelAxinHotelOrderDetail(
  client: TopClient,
  request: TaobaoAlitripTravelAxinHotelOrderDetailRequest,
  options?: CallOptions,
): Promise<TaobaoAlitripTravelAxinHotelOrderDetailResponse> {
  return client.call<TaobaoAlitripTravelAxinHotelOrderDetailResponse>(
    {
      method: 'taobao.alitrip.travel.axin.hotel.order.detail',
      responseRoot: 'alitrip_travel_axin_hotel_order_detail_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
