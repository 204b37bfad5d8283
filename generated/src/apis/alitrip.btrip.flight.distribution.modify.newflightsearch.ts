// Generated from specs/btrip/alitrip.btrip.flight.distribution.modify.newflightsearch.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.btrip.flight.distribution.modify.newflightsearch` (改签航班列表V2). */
export interface AlitripBtripFlightDistributionModifyNewflightsearchRequest {
  /** 改签航班列表入参 */
  param_btrip_flight_modify_search_price_rq?: AlitripBtripFlightDistributionModifyNewflightsearchBtripFlightModifySearchPriceRqInput;
}

/** Response of `alitrip.btrip.flight.distribution.modify.newflightsearch`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripBtripFlightDistributionModifyNewflightsearchResponse {
  /** 响应参数 */
  result?: AlitripBtripFlightDistributionModifyNewflightsearchHisvResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `BtripFlightModifySearchPriceRq` of `alitrip.btrip.flight.distribution.modify.newflightsearch`. */
export interface AlitripBtripFlightDistributionModifyNewflightsearchBtripFlightModifySearchPriceRqInput {
  /** 出发时间 */
  dep_date: string;
  /** 外部分销商订单号 */
  dis_order_id: string;
  /** 出发城市三字码 */
  dep_city?: string;
  /** 到达城市三字码 */
  arr_city?: string;
  /** 是否自愿1自愿，0非自愿 */
  is_voluntary?: Int64Input;
  /** 分销子渠道，通常为corpId */
  sub_channel: string;
  /** 供应商标识 */
  supplier_code?: string;
  /** 乘客列表 */
  traveler_info_list?: AlitripBtripFlightDistributionModifyNewflightsearchTravelerInfoInput[];
}

/** `TravelerInfo` of `alitrip.btrip.flight.distribution.modify.newflightsearch`. */
export interface AlitripBtripFlightDistributionModifyNewflightsearchTravelerInfoInput {
  /** 乘机人名称 */
  name?: string;
  /** 外部分销商乘机人id */
  user_id: string;
  /** 出发机场三字码 */
  dep_city: string;
  /** 到达机场三字码 */
  arr_city: string;
  /** 乘客类型 */
  type?: string;
}

/** `HisvResult` of `alitrip.btrip.flight.distribution.modify.newflightsearch`. */
export interface AlitripBtripFlightDistributionModifyNewflightsearchHisvResult {
  /** 子模块 */
  module?: AlitripBtripFlightDistributionModifyNewflightsearchBtripFlightModifySearchPriceRs;
  /** 错误编码 */
  result_code?: Int64;
  /** 错误信息 */
  result_msg?: string;
  /** 是否成功 */
  success?: boolean;
}

/** `BtripFlightModifySearchPriceRs` of `alitrip.btrip.flight.distribution.modify.newflightsearch`. */
export interface AlitripBtripFlightDistributionModifyNewflightsearchBtripFlightModifySearchPriceRs {
  /** 改签航班列表 */
  flight_info_list?: AlitripBtripFlightDistributionModifyNewflightsearchFlightInfoDTO[];
}

/** `FlightInfoDTO` of `alitrip.btrip.flight.distribution.modify.newflightsearch`. */
export interface AlitripBtripFlightDistributionModifyNewflightsearchFlightInfoDTO {
  /** 销售航班号 */
  flight_no?: string;
  /** 是否共享航班 */
  is_share?: boolean;
  /** 共享航班号 */
  carrier_no?: string;
  /** 共享航司 */
  carrier_airline?: string;
  /** 最低价舱位数量 */
  lowest_cabin_num?: string;
  /** 最低价舱位描述 */
  lowest_cabin_desc?: string;
  /** 餐食 */
  meal_desc?: string;
  /** 机型 */
  flight_size?: string;
  /** 最低价舱位 */
  lowest_cabin?: string;
  /** 最低价舱等 */
  lowest_cabin_class?: string;
  /** 出发日期 */
  modify_flight_dep_date?: string;
  /** 出发时间 */
  modify_flight_dep_time?: string;
  /** 到达时间 */
  modify_flight_arr_time?: string;
  /** 是否经停 */
  is_stop?: boolean;
  /** 经停城市 */
  stop_city?: string;
  /** 机型号 */
  flight_type?: string;
  /** 临时会话Id */
  session_id?: string;
  /** 航司信息 */
  airline_info?: AlitripBtripFlightDistributionModifyNewflightsearchAirlineInfo;
  /** 出发机场信息 */
  dep_airport_info?: AlitripBtripFlightDistributionModifyNewflightsearchAirportInfo;
  /** 到达机场信息 */
  arr_airport_info?: AlitripBtripFlightDistributionModifyNewflightsearchAirportInfo;
  /** 低价舱位价格列表 */
  lowest_cabin_price_list?: AlitripBtripFlightDistributionModifyNewflightsearchModifyPrice[];
  /** 舱位列表 */
  cabin_list?: AlitripBtripFlightDistributionModifyNewflightsearchCabinInfo[];
}

/** `AirlineInfo` of `alitrip.btrip.flight.distribution.modify.newflightsearch`. */
export interface AlitripBtripFlightDistributionModifyNewflightsearchAirlineInfo {
  /** 航司编码 */
  airline_code?: string;
  /** 航司名称 */
  airline_name?: string;
  /** 航司简称 */
  airline_simple_name?: string;
}

/** `AirportInfo` of `alitrip.btrip.flight.distribution.modify.newflightsearch`. */
export interface AlitripBtripFlightDistributionModifyNewflightsearchAirportInfo {
  /** 航司编码 */
  airport_code?: string;
  /** 航司名称 */
  airport_name?: string;
  /** 航司简称 */
  city_code?: string;
  /** 城市名称 */
  city_name?: string;
  /** 航站楼 */
  terminal?: string;
}

/** `ModifyPrice` of `alitrip.btrip.flight.distribution.modify.newflightsearch`. */
export interface AlitripBtripFlightDistributionModifyNewflightsearchModifyPrice {
  /** 乘客类型：(1, "普通成人"),(2, "学生"),(4, "教师"),(8, "青年"),(16, "老年"),(32, "儿童"),(64, "婴儿") */
  passenger_type?: Int64;
  /** 升舱手续费 */
  upgrade_fee?: Int64;
  /** 升舱差价 */
  upgrade_price?: Int64;
  /** 改签支付价格 */
  ticket_price?: Int64;
}

/** `CabinInfo` of `alitrip.btrip.flight.distribution.modify.newflightsearch`. */
export interface AlitripBtripFlightDistributionModifyNewflightsearchCabinInfo {
  /** 舱等 */
  cabin?: string;
  /** 舱位数量 */
  left_num?: string;
  /** 舱位描述 */
  cabin_desc?: string;
  /** 子舱位 */
  child_cabin?: string;
  /** 商品id */
  ota_itemid?: string;
  /** 改签费用信息 */
  modify_price_list?: AlitripBtripFlightDistributionModifyNewflightsearchModifyPrice[];
  /** 舱等折扣(八折用80表示（null代表不限制）) */
  cabin_discount?: Int64;
  /** 舱等 */
  cabin_class?: Int64;
}

const REQUEST_SCHEMA = {
  param_btrip_flight_modify_search_price_rq: {
    dep_date: 'String',
    dis_order_id: 'String',
    dep_city: 'String',
    arr_city: 'String',
    is_voluntary: 'Number',
    sub_channel: 'String',
    supplier_code: 'String',
    traveler_info_list: [
      {
        name: 'String',
        user_id: 'String',
        dep_city: 'String',
        arr_city: 'String',
        type: 'String',
      },
    ],
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    module: {
      flight_info_list: [
        {
          flight_no: 'String',
          is_share: 'Boolean',
          carrier_no: 'String',
          carrier_airline: 'String',
          lowest_cabin_num: 'String',
          lowest_cabin_desc: 'String',
          meal_desc: 'String',
          flight_size: 'String',
          lowest_cabin: 'String',
          lowest_cabin_class: 'String',
          modify_flight_dep_date: 'String',
          modify_flight_dep_time: 'String',
          modify_flight_arr_time: 'String',
          is_stop: 'Boolean',
          stop_city: 'String',
          flight_type: 'String',
          session_id: 'String',
          airline_info: {
            airline_code: 'String',
            airline_name: 'String',
            airline_simple_name: 'String',
          },
          dep_airport_info: {
            airport_code: 'String',
            airport_name: 'String',
            city_code: 'String',
            city_name: 'String',
            terminal: 'String',
          },
          arr_airport_info: {
            airport_code: 'String',
            airport_name: 'String',
            city_code: 'String',
            city_name: 'String',
            terminal: 'String',
          },
          lowest_cabin_price_list: [
            {
              passenger_type: 'Number',
              upgrade_fee: 'Number',
              upgrade_price: 'Number',
              ticket_price: 'Number',
            },
          ],
          cabin_list: [
            {
              cabin: 'String',
              left_num: 'String',
              cabin_desc: 'String',
              child_cabin: 'String',
              ota_itemid: 'String',
              modify_price_list: [
                {
                  passenger_type: 'Number',
                  upgrade_fee: 'Number',
                  upgrade_price: 'Number',
                  ticket_price: 'Number',
                },
              ],
              cabin_discount: 'Number',
              cabin_class: 'Number',
            },
          ],
        },
      ],
    },
    result_code: 'Number',
    result_msg: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alitrip.btrip.flight.distribution.modify.newflightsearch`: method, response root, request and response schemas. */
export const alitripBtripFlightDistributionModifyNewflightsearchOperation = {
  method: 'alitrip.btrip.flight.distribution.modify.newflightsearch',
  responseRoot: 'alitrip_btrip_flight_distribution_modify_newflightsearch_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 改签航班列表V2 — calls TOP method `alitrip.btrip.flight.distribution.modify.newflightsearch`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripBtripFlightDistributionModifyNewflightsearch(
  client: TopClient,
  request: AlitripBtripFlightDistributionModifyNewflightsearchRequest = {},
  options?: CallOptions,
): Promise<AlitripBtripFlightDistributionModifyNewflightsearchResponse> {
  return client.call<AlitripBtripFlightDistributionModifyNewflightsearchResponse>(
    {
      method: 'alitrip.btrip.flight.distribution.modify.newflightsearch',
      responseRoot: 'alitrip_btrip_flight_distribution_modify_newflightsearch_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
