// Generated from specs/axindata/taobao.alitrip.travel.axin.hotel.price.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.alitrip.travel.axin.hotel.price.query` (阿信酒店分销-实时报价查询). */
export interface TaobaoAlitripTravelAxinHotelPriceQueryRequest {
  /** 资源渠道 */
  resource_channel: string;
  /** 入住日期 */
  check_in: DateInput;
  /** 标准酒店id */
  shid: Int64Input;
  /** 城市code */
  city_code?: Int64Input;
  /** 离店日期 */
  check_out: DateInput;
  /** 分销商id */
  distributor_tid: Int64Input;
  /** 入住人数 */
  nop?: Int64Input;
}

/** Response of `taobao.alitrip.travel.axin.hotel.price.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoAlitripTravelAxinHotelPriceQueryResponse {
  /** 返回模型 */
  result?: TaobaoAlitripTravelAxinHotelPriceQueryBaseResultApiDTO;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `BaseResultApiDTO` of `taobao.alitrip.travel.axin.hotel.price.query`. */
export interface TaobaoAlitripTravelAxinHotelPriceQueryBaseResultApiDTO {
  /** 数据模型 */
  data?: TaobaoAlitripTravelAxinHotelPriceQueryHotelPriceDTO;
  /** 是否成功,true正常,false异常 */
  success?: boolean;
  /** 错误code */
  error_code?: string;
  /** 错误信息 */
  error_msg?: string;
}

/** `HotelPriceDTO` of `taobao.alitrip.travel.axin.hotel.price.query`. */
export interface TaobaoAlitripTravelAxinHotelPriceQueryHotelPriceDTO {
  /** 标准酒店id */
  shid?: Int64;
  /** 房型信息列表 */
  room_list?: TaobaoAlitripTravelAxinHotelPriceQueryRoomPriceDTO[];
}

/** `RoomPriceDTO` of `taobao.alitrip.travel.axin.hotel.price.query`. */
export interface TaobaoAlitripTravelAxinHotelPriceQueryRoomPriceDTO {
  /** 标准房型信息 */
  std_room_info?: TaobaoAlitripTravelAxinHotelPriceQueryStdRoomType;
  /** 标准房型ID */
  rate_list?: TaobaoAlitripTravelAxinHotelPriceQueryRateDTO[];
}

/** `StdRoomType` of `taobao.alitrip.travel.axin.hotel.price.query`. */
export interface TaobaoAlitripTravelAxinHotelPriceQueryStdRoomType {
  /** 标准房型ID */
  srid?: Int64;
}

/** `RateDTO` of `taobao.alitrip.travel.axin.hotel.price.query`. */
export interface TaobaoAlitripTravelAxinHotelPriceQueryRateDTO {
  /** 当前rate修改时间，精确到毫秒 */
  modified_time?: Int64;
  /** 价库日历 */
  price_stock_dto_list?: TaobaoAlitripTravelAxinHotelPriceQueryPriceStockDTO[];
  /** 早餐信息列表 */
  break_fast_list?: TaobaoAlitripTravelAxinHotelPriceQueryBreakfastDTO[];
  /** 取消规则列表 */
  cancel_rule_list?: TaobaoAlitripTravelAxinHotelPriceQueryCancelPolicyRuleDTO[];
  /** 币种 */
  currency_code?: string;
  /** rateId */
  rate_id?: Int64;
  /** 商品id */
  item_id?: Int64;
  /** 售卖政策id */
  rate_plan_id?: Int64;
  /** 售卖政策名称 */
  rate_plan_name?: string;
  /** 资源标签 */
  resource_tag?: string;
  /** 佣金费率 */
  commission_fee_rate?: string;
  /** 卖家id */
  seller_id?: Int64;
  /** 每日截止时间 */
  end_time_daily?: string;
  /** 是否即时确认 */
  instant_confirm?: boolean;
  /** 最小提前小时数 */
  min_adv_hours?: Int64;
  /** 是否复杂价格 */
  multiple_price?: boolean;
  /** 价格计划英文名 */
  rate_plan_name_en?: string;
  /** 每日开始时间 */
  start_time_daily?: string;
  /** 最大提前小时数 */
  max_adv_hours?: Int64;
  /** 最小入住天数 */
  min_stay?: Int64;
  /** 最大入住天数 */
  max_stay?: Int64;
  /** 最小预订间数 */
  min_book_count?: Int64;
  /** 最大预订间数 */
  max_book_count?: Int64;
  /** 连住天数,适用于复杂价格 */
  nod?: Int64;
  /** 入住人数,适用于复杂价格 */
  nop?: Int64;
  /** 最大入住人数 */
  max_occupancy?: Int64;
}

/** `PriceStockDTO` of `taobao.alitrip.travel.axin.hotel.price.query`. */
export interface TaobaoAlitripTravelAxinHotelPriceQueryPriceStockDTO {
  /** 当前价库日期 */
  date?: Int64;
  /** 价格(单位分) */
  price?: Int64;
  /** 库存 */
  quota?: Int64;
  /** 优惠金额（单位分） */
  promotion_price?: Int64;
  /** 当前房态是否正常,0-关房,1-正常；1的情况下要看下库存是否足够 */
  rate_switch?: Int64;
  /** 入住日期 */
  start_date?: Int64;
  /** 离店日期 */
  end_date?: Int64;
  /** 对应的人民币金额（外币场景使用） */
  cny_price?: Int64;
}

/** `BreakfastDTO` of `taobao.alitrip.travel.axin.hotel.price.query`. */
export interface TaobaoAlitripTravelAxinHotelPriceQueryBreakfastDTO {
  /** 早餐类型 */
  breakfast?: string;
  /** 早餐数量 */
  breakfast_count?: Int64;
  /** 规则生效开始时间 */
  start_date?: Int64;
  /** 规则生效结束时间 */
  end_date?: Int64;
}

/** `CancelPolicyRuleDTO` of `taobao.alitrip.travel.axin.hotel.price.query`. */
export interface TaobaoAlitripTravelAxinHotelPriceQueryCancelPolicyRuleDTO {
  /** 取消政策描述 */
  cancel_policy_desc?: string;
  /** 取消政策类型 */
  cancel_type?: Int64;
  /** 取消政策明细列表 */
  cancel_policy_detail_list?: TaobaoAlitripTravelAxinHotelPriceQueryCancelPolicyDetailDTO[];
  /** 规则生效开始时间 */
  start_date?: Int64;
  /** 规则生效结束时间 */
  end_date?: Int64;
}

/** `CancelPolicyDetailDTO` of `taobao.alitrip.travel.axin.hotel.price.query`. */
export interface TaobaoAlitripTravelAxinHotelPriceQueryCancelPolicyDetailDTO {
  /** 扣除值 */
  deduct_fee_rate?: Int64;
  /** 提前小时数 */
  ahead_cancel_hours?: Int64;
}

const REQUEST_SCHEMA = {
  resource_channel: 'String',
  check_in: 'Date',
  shid: 'Number',
  city_code: 'Number',
  check_out: 'Date',
  distributor_tid: 'Number',
  nop: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    data: {
      shid: 'Number',
      room_list: [
        {
          std_room_info: {
            srid: 'Number',
          },
          rate_list: [
            {
              modified_time: 'Number',
              price_stock_dto_list: [
                {
                  date: 'Number',
                  price: 'Number',
                  quota: 'Number',
                  promotion_price: 'Number',
                  rate_switch: 'Number',
                  start_date: 'Number',
                  end_date: 'Number',
                  cny_price: 'Number',
                },
              ],
              break_fast_list: [
                {
                  breakfast: 'String',
                  breakfast_count: 'Number',
                  start_date: 'Number',
                  end_date: 'Number',
                },
              ],
              cancel_rule_list: [
                {
                  cancel_policy_desc: 'String',
                  cancel_type: 'Number',
                  cancel_policy_detail_list: [
                    {
                      deduct_fee_rate: 'Number',
                      ahead_cancel_hours: 'Number',
                    },
                  ],
                  start_date: 'Number',
                  end_date: 'Number',
                },
              ],
              currency_code: 'String',
              rate_id: 'Number',
              item_id: 'Number',
              rate_plan_id: 'Number',
              rate_plan_name: 'String',
              resource_tag: 'String',
              commission_fee_rate: 'String',
              seller_id: 'Number',
              end_time_daily: 'String',
              instant_confirm: 'Boolean',
              min_adv_hours: 'Number',
              multiple_price: 'Boolean',
              rate_plan_name_en: 'String',
              start_time_daily: 'String',
              max_adv_hours: 'Number',
              min_stay: 'Number',
              max_stay: 'Number',
              min_book_count: 'Number',
              max_book_count: 'Number',
              nod: 'Number',
              nop: 'Number',
              max_occupancy: 'Number',
            },
          ],
        },
      ],
    },
    success: 'Boolean',
    error_code: 'String',
    error_msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.alitrip.travel.axin.hotel.price.query`: method, response root, request and response schemas. */
export const taobaoAlitripTravelAxinHotelPriceQueryOperation = {
  method: 'taobao.alitrip.travel.axin.hotel.price.query',
  responseRoot: 'alitrip_travel_axin_hotel_price_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 阿信酒店分销-实时报价查询 — calls TOP method `taobao.alitrip.travel.axin.hotel.price.query`.
 *
 * 酒店实时报价查询
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoAlitripTravelAxinHotelPriceQuery(
  client: TopClient,
  request: TaobaoAlitripTravelAxinHotelPriceQueryRequest,
  options?: CallOptions,
): Promise<TaobaoAlitripTravelAxinHotelPriceQueryResponse> {
  return client.call<TaobaoAlitripTravelAxinHotelPriceQueryResponse>(
    {
      method: 'taobao.alitrip.travel.axin.hotel.price.query',
      responseRoot: 'alitrip_travel_axin_hotel_price_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
