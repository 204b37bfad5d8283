// Generated from specs/btrip/alitrip.btrip.flight.distribution.change.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.btrip.flight.distribution.change.query` (改签航班询价). */
export interface AlitripBtripFlightDistributionChangeQueryRequest {
  /** 改签询价入参 */
  param_btrip_flight_modify_flight_info_rq?: AlitripBtripFlightDistributionChangeQueryBtripFlightModifyFlightInfoRqInput;
}

/** Response of `alitrip.btrip.flight.distribution.change.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripBtripFlightDistributionChangeQueryResponse {
  /** 响应结果 */
  result?: AlitripBtripFlightDistributionChangeQueryHisvResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `BtripFlightModifyFlightInfoRq` of `alitrip.btrip.flight.distribution.change.query`. */
export interface AlitripBtripFlightDistributionChangeQueryBtripFlightModifyFlightInfoRqInput {
  /** 到达城市三字码 */
  arr_city: string;
  /** 出发城市三字码 */
  dep_city: string;
  /** 是否自愿 */
  is_voluntary: Int64Input;
  /** 改签出发时间 */
  modify_depart_date: string;
  /** 改签航班号 */
  modify_flight_no: string;
  /** 分销外部订单号 */
  dis_order_id: string;
  /** 改签乘客姓名 */
  passenger_name: string;
  /** 分销子渠道，通常为corpId */
  sub_channel: string;
}

/** `HisvResult` of `alitrip.btrip.flight.distribution.change.query`. */
export interface AlitripBtripFlightDistributionChangeQueryHisvResult {
  /** 响应子模块 */
  module?: AlitripBtripFlightDistributionChangeQueryBtripFlightModifyFlightInfoRs;
  /** 错误码 */
  result_code?: Int64;
  /** 错误信息 */
  result_msg?: string;
  /** 是否成功 */
  success?: boolean;
}

/** `BtripFlightModifyFlightInfoRs` of `alitrip.btrip.flight.distribution.change.query`. */
export interface AlitripBtripFlightDistributionChangeQueryBtripFlightModifyFlightInfoRs {
  /** 改签航班信息列表 */
  flight_info_list?: AlitripBtripFlightDistributionChangeQueryFlightInfoDto[];
}

/** `FlightInfoDto` of `alitrip.btrip.flight.distribution.change.query`. */
export interface AlitripBtripFlightDistributionChangeQueryFlightInfoDto {
  /** 航司信息 */
  airline_info?: AlitripBtripFlightDistributionChangeQueryAirlineInfo;
  /** 到达机场信息 */
  arr_airport_info?: AlitripBtripFlightDistributionChangeQueryAirportInfo;
  /** 机建费 */
  build_price?: Int64;
  /** 舱位 */
  cabin?: string;
  /** 舱等 */
  cabin_class?: string;
  /** 舱位列表 */
  cabin_list?: AlitripBtripFlightDistributionChangeQueryCabinInfo[];
  /** 共享航班 */
  carrier_airline?: string;
  /** 共享航班号 */
  carrier_no?: string;
  /** 出发机场信息 */
  dep_airport_info?: AlitripBtripFlightDistributionChangeQueryAirportInfo;
  /** 出发城市三字码 */
  dep_city_code?: string;
  /** 出发日期 */
  dep_date?: string;
  /** 折扣 */
  discount?: Int64;
  /** 航班号 */
  flight_no?: string;
  /** 是否共享 */
  is_share?: boolean;
  /** 是否经停 */
  is_stop?: boolean;
  /** 最低舱位 */
  lowest_cabin?: string;
  /** 最低舱等 */
  lowest_cabin_class?: string;
  /** 最低舱数量 */
  lowest_cabin_num?: string;
  /** 最低舱位价格列表 */
  lowest_cabin_price_list?: AlitripBtripFlightDistributionChangeQueryModifyPrice[];
  /** 燃油费用 */
  oil_price?: Int64;
  /** 经停到达时间 */
  stop_arr_time?: string;
  /** 经停城市 */
  stop_city?: string;
  /** 经停出发时间 */
  stop_dep_time?: string;
  /** 票价 */
  ticket_price?: Int64;
  /** 总价 */
  total_price?: string;
}

/** `AirlineInfo` of `alitrip.btrip.flight.distribution.change.query`. */
export interface AlitripBtripFlightDistributionChangeQueryAirlineInfo {
  /** 航司编码 */
  airline_code?: string;
  /** 航司名称 */
  airline_name?: string;
  /** 航司简称 */
  airline_simple_name?: string;
}

/** `AirportInfo` of `alitrip.btrip.flight.distribution.change.query`. */
export interface AlitripBtripFlightDistributionChangeQueryAirportInfo {
  /** 到达机场编码 */
  airport_code?: string;
  /** 到达机场名称 */
  airport_name?: string;
  /** 城市三字码 */
  city_code?: string;
  /** 城市名称 */
  city_name?: string;
  /** 航站楼 */
  terminal?: string;
}

/** `CabinInfo` of `alitrip.btrip.flight.distribution.change.query`. */
export interface AlitripBtripFlightDistributionChangeQueryCabinInfo {
  /** 舱位 */
  cabin?: string;
  /** 舱等 */
  cabin_class?: string;
  /** 舱位描述 */
  cabin_desc?: string;
  /** 子舱位 */
  child_cabin?: string;
  /** 剩余数量 */
  left_num?: string;
  /** 改签价格列表 */
  modify_price_list?: AlitripBtripFlightDistributionChangeQueryModifyPrice[];
}

/** `ModifyPrice` of `alitrip.btrip.flight.distribution.change.query`. */
export interface AlitripBtripFlightDistributionChangeQueryModifyPrice {
  /** 乘客类型 */
  passenger_type?: Int64;
  /** 升舱费 */
  upgrade_fee?: Int64;
  /** 改签费 */
  modify_price?: Int64;
}

const REQUEST_SCHEMA = {
  param_btrip_flight_modify_flight_info_rq: {
    arr_city: 'String',
    dep_city: 'String',
    is_voluntary: 'Number',
    modify_depart_date: 'String',
    modify_flight_no: 'String',
    dis_order_id: 'String',
    passenger_name: 'String',
    sub_channel: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    module: {
      flight_info_list: [
        {
          airline_info: {
            airline_code: 'String',
            airline_name: 'String',
            airline_simple_name: 'String',
          },
          arr_airport_info: {
            airport_code: 'String',
            airport_name: 'String',
            city_code: 'String',
            city_name: 'String',
            terminal: 'String',
          },
          build_price: 'Number',
          cabin: 'String',
          cabin_class: 'String',
          cabin_list: [
            {
              cabin: 'String',
              cabin_class: 'String',
              cabin_desc: 'String',
              child_cabin: 'String',
              left_num: 'String',
              modify_price_list: [
                {
                  passenger_type: 'Number',
                  upgrade_fee: 'Number',
                  modify_price: 'Number',
                },
              ],
            },
          ],
          carrier_airline: 'String',
          carrier_no: 'String',
          dep_airport_info: {
            airport_code: 'String',
            airport_name: 'String',
            city_code: 'String',
            city_name: 'String',
            terminal: 'String',
          },
          dep_city_code: 'String',
          dep_date: 'Date',
          discount: 'Number',
          flight_no: 'String',
          is_share: 'Boolean',
          is_stop: 'Boolean',
          lowest_cabin: 'String',
          lowest_cabin_class: 'String',
          lowest_cabin_num: 'String',
          lowest_cabin_price_list: [
            {
              passenger_type: 'Number',
              upgrade_fee: 'Number',
              modify_price: 'Number',
            },
          ],
          oil_price: 'Number',
          stop_arr_time: 'String',
          stop_city: 'String',
          stop_dep_time: 'String',
          ticket_price: 'Number',
          total_price: 'String',
        },
      ],
    },
    result_code: 'Number',
    result_msg: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alitrip.btrip.flight.distribution.change.query`: method, response root, request and response schemas. */
export const alitripBtripFlightDistributionChangeQueryOperation = {
  method: 'alitrip.btrip.flight.distribution.change.query',
  responseRoot: 'alitrip_btrip_flight_distribution_change_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 改签航班询价 — calls TOP method `alitrip.btrip.flight.distribution.change.query`.
 *
 * 商旅机票改签航班询价
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripBtripFlightDistributionChangeQuery(
  client: TopClient,
  request: AlitripBtripFlightDistributionChangeQueryRequest = {},
  options?: CallOptions,
): Promise<AlitripBtripFlightDistributionChangeQueryResponse> {
  return client.call<AlitripBtripFlightDistributionChangeQueryResponse>(
    {
      method: 'alitrip.btrip.flight.distribution.change.query',
      responseRoot: 'alitrip_btrip_flight_distribution_change_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
