// Generated from specs/axintrade/taobao.alitrip.travel.axin.hotel.order.create.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.alitrip.travel.axin.hotel.order.create` (酒店分销订单创建服务-阿信). */
export interface TaobaoAlitripTravelAxinHotelOrderCreateRequest {
  /** 备注 */
  remark?: string;
  /** 到店时间 */
  hotel_arrival_time: TaobaoAlitripTravelAxinHotelOrderCreateHotelArrivalTimeInput;
  /**
   * 入住人信息
   *
   * Max list size: 999
   */
  customers?: TaobaoAlitripTravelAxinHotelOrderCreateCustomerDtoInput[];
  /** 联系人信息 */
  hotel_contact?: TaobaoAlitripTravelAxinHotelOrderCreateContactInfoApiDtoInput;
  /** 总房价（单位分） */
  total_room_price: Int64Input;
  /** 房间数 */
  room_number: Int64Input;
  /** 离店日期 */
  check_out: DateInput;
  /** 入住日期 */
  check_in: DateInput;
  /** 售卖政策id */
  rate_plan_id: Int64Input;
  /** 商品id */
  item_id: Int64Input;
  /** 标准房型ID */
  srid: Int64Input;
  /** 酒店名称 */
  hotel_name?: string;
  /** 标准酒店id */
  shid: Int64Input;
  /** 外部订单号 */
  outer_order_id: string;
  /** 分销商ID */
  distributor_tid: Int64Input;
  /** 总优惠金额 */
  promotion_total_price?: Int64Input;
  /** 城市代码 */
  city_code?: Int64Input;
  /** 订单验证返回的key */
  create_key: string;
  /** 每间房入住人数 */
  number_of_adults_per_room?: Int64Input;
  /** 人民币总价格 */
  total_cny_room_price?: Int64Input;
  /** 币种 */
  currency_code?: string;
  /** 资源渠道 */
  resource_channel?: string;
}

/** Response of `taobao.alitrip.travel.axin.hotel.order.create`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoAlitripTravelAxinHotelOrderCreateResponse {
  /** 接口返回model */
  result?: TaobaoAlitripTravelAxinHotelOrderCreateResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `HotelArrivalTime` of `taobao.alitrip.travel.axin.hotel.order.create`. */
export interface TaobaoAlitripTravelAxinHotelOrderCreateHotelArrivalTimeInput {
  /** 最晚到店时间 */
  latest_arrival_time?: DateInput;
  /** 最早到店时间 */
  earliest_arrival_time?: DateInput;
}

/** `CustomerDto` of `taobao.alitrip.travel.axin.hotel.order.create`. */
export interface TaobaoAlitripTravelAxinHotelOrderCreateCustomerDtoInput {
  /** 入住人类型1. 成人 2. 儿童 */
  customer_type?: Int64Input;
  /** 姓名 */
  name?: string;
  /** 英文名 */
  first_name?: string;
  /** 英文姓 */
  last_name?: string;
}

/** `ContactInfoApiDto` of `taobao.alitrip.travel.axin.hotel.order.create`. */
export interface TaobaoAlitripTravelAxinHotelOrderCreateContactInfoApiDtoInput {
  /** 联系人邮箱 */
  contact_email?: string;
  /** 联系人手机号 */
  contact_mobile: string;
  /** 联系人姓名 */
  contact_name: string;
  /** 联系人固定电话 */
  contact_tel?: string;
}

/** `Result` of `taobao.alitrip.travel.axin.hotel.order.create`. */
export interface TaobaoAlitripTravelAxinHotelOrderCreateResult {
  /** 阿信订单id */
  data?: Int64;
  /** 错误信息 */
  error_msg?: string;
  /** 错误码 */
  error_code?: string;
  /** 是否成功 */
  success?: boolean;
}

const REQUEST_SCHEMA = {
  remark: 'String',
  hotel_arrival_time: {
    latest_arrival_time: 'Date',
    earliest_arrival_time: 'Date',
  },
  customers: [
    {
      customer_type: 'Number',
      name: 'String',
      first_name: 'String',
      last_name: 'String',
    },
  ],
  hotel_contact: {
    contact_email: 'String',
    contact_mobile: 'String',
    contact_name: 'String',
    contact_tel: 'String',
  },
  total_room_price: 'Number',
  room_number: 'Number',
  check_out: 'Date',
  check_in: 'Date',
  rate_plan_id: 'Number',
  item_id: 'Number',
  srid: 'Number',
  hotel_name: 'String',
  shid: 'Number',
  outer_order_id: 'String',
  distributor_tid: 'Number',
  promotion_total_price: 'Number',
  city_code: 'Number',
  create_key: 'String',
  number_of_adults_per_room: 'Number',
  total_cny_room_price: 'Number',
  currency_code: 'String',
  resource_channel: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    data: 'Number',
    error_msg: 'String',
    error_code: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.alitrip.travel.axin.hotel.order.create`: method, response root, request and response schemas. */
export const taobaoAlitripTravelAxinHotelOrderCreateOperation = {
  method: 'taobao.alitrip.travel.axin.hotel.order.create',
  responseRoot: 'alitrip_travel_axin_hotel_order_create_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 酒店分销订单创建服务-阿信 — calls TOP method `taobao.alitrip.travel.axin.hotel.order.create`.
 *
 * 提供酒店分销订单创建服务
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoAlitripTravelAxinHotelOrderCreate(
  client: TopClient,
  request: TaobaoAlitripTravelAxinHotelOrderCreateRequest,
  options?: CallOptions,
): Promise<TaobaoAlitripTravelAxinHotelOrderCreateResponse> {
  return client.call<TaobaoAlitripTravelAxinHotelOrderCreateResponse>(
    {
      method: 'taobao.alitrip.travel.axin.hotel.order.create',
      responseRoot: 'alitrip_travel_axin_hotel_order_create_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
