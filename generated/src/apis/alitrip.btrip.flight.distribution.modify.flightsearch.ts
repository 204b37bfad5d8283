// Generated from specs/btrip/alitrip.btrip.flight.distribution.modify.flightsearch.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.btrip.flight.distribution.modify.flightsearch` (改签航班列表). */
export interface AlitripBtripFlightDistributionModifyFlightsearchRequest {
  /** 改签航班列表入参 */
  param_btrip_flight_modify_search_price_rq?: AlitripBtripFlightDistributionModifyFlightsearchBtripFlightModifySearchPriceRqInput;
}

/** Response of `alitrip.btrip.flight.distribution.modify.flightsearch`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripBtripFlightDistributionModifyFlightsearchResponse {
  /** 响应信息 */
  result?: AlitripBtripFlightDistributionModifyFlightsearchHisvResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `BtripFlightModifySearchPriceRq` of `alitrip.btrip.flight.distribution.modify.flightsearch`. */
export interface AlitripBtripFlightDistributionModifyFlightsearchBtripFlightModifySearchPriceRqInput {
  /** 到达城市三字码 */
  arr_city: string;
  /** 舱等 */
  cabin_class?: string;
  /** 出发城市三字码 */
  dep_city: string;
  /** 出发日期 */
  dep_date: string;
  /** 航班号 */
  flight_no?: string;
  /** 外部订单 */
  dis_order_id: string;
  /** 分销子渠道，通常为corpId */
  sub_channel: string;
  /** 乘客列表 */
  traveler_info_list?: AlitripBtripFlightDistributionModifyFlightsearchTravelerInfoInput[];
  /** 0:非自愿 1:自愿 */
  is_voluntary: Int64Input;
}

/** `TravelerInfo` of `alitrip.btrip.flight.distribution.modify.flightsearch`. */
export interface AlitripBtripFlightDistributionModifyFlightsearchTravelerInfoInput {
  /** 乘客姓名 */
  name?: string;
  /** 用户id */
  user_id?: string;
  /** 出发机场三字码 */
  dep_airport?: string;
  /** 到达机场三字码 */
  arr_airport?: string;
}

/** `HisvResult` of `alitrip.btrip.flight.distribution.modify.flightsearch`. */
export interface AlitripBtripFlightDistributionModifyFlightsearchHisvResult {
  /** 子模块 */
  module?: AlitripBtripFlightDistributionModifyFlightsearchBtripFlightModifySearchPriceRs;
  /** 错误编码 */
  result_code?: Int64;
  /** 错误信息 */
  result_msg?: string;
  /** 是否成功 */
  success?: boolean;
}

/** `BtripFlightModifySearchPriceRs` of `alitrip.btrip.flight.distribution.modify.flightsearch`. */
export interface AlitripBtripFlightDistributionModifyFlightsearchBtripFlightModifySearchPriceRs {
  /** 航班列表 */
  flight_info_list?: AlitripBtripFlightDistributionModifyFlightsearchFlightInfoDto[];
}

/** `FlightInfoDto` of `alitrip.btrip.flight.distribution.modify.flightsearch`. */
export interface AlitripBtripFlightDistributionModifyFlightsearchFlightInfoDto {
  /** 航司信息 */
  airline_info?: AlitripBtripFlightDistributionModifyFlightsearchAirlineInfo;
  /** 到达机场信息 */
  arr_airport_info?: AlitripBtripFlightDistributionModifyFlightsearchAirportInfo;
  /** 舱位列表 */
  cabin_list?: AlitripBtripFlightDistributionModifyFlightsearchCabinInfo[];
  /** 共享航司 */
  carrier_airline?: string;
  /** 共享航班号 */
  carrier_no?: string;
  /** 出发机场信息 */
  dep_airport_info?: AlitripBtripFlightDistributionModifyFlightsearchAirportInfo;
  /** 航班号 */
  flight_no?: string;
  /** 是否共享 */
  is_share?: boolean;
  /** 是否经停 */
  is_stop?: boolean;
  /** 最低价舱位 */
  lowest_cabin?: string;
  /** 最低价舱等 */
  lowest_cabin_class?: string;
  /** 最低价舱位数量 */
  lowest_cabin_num?: string;
  /** 低价舱位价格列表 */
  lowest_cabin_price_list?: AlitripBtripFlightDistributionModifyFlightsearchModifyPrice2[];
  /** 加密参数 */
  secret_params?: string;
  /** 经停到达时间 */
  stop_arr_time?: string;
  /** 经停城市 */
  stop_city?: string;
  /** 经停出发时间 */
  stop_dep_time?: string;
  /** 到达时间 */
  modify_flight_arr_time?: string;
  /** 出发时间 */
  modify_flight_dep_time?: string;
  /** 出发日期 */
  modify_flight_dep_date?: string;
  /** 规则列表 */
  flight_rule_list?: AlitripBtripFlightDistributionModifyFlightsearchFlightRule[];
  /** 餐食 */
  meal_desc?: string;
  /** 机型 */
  flight_size?: string;
  /** 机型代码 */
  flight_type?: string;
  /** 最低价舱位描述 */
  lowest_cabin_desc?: string;
}

/** `AirlineInfo` of `alitrip.btrip.flight.distribution.modify.flightsearch`. */
export interface AlitripBtripFlightDistributionModifyFlightsearchAirlineInfo {
  /** 航司编码 */
  airline_code?: string;
  /** 航司名称 */
  airline_name?: string;
  /** 航司简称 */
  airline_simple_name?: string;
}

/** `AirportInfo` of `alitrip.btrip.flight.distribution.modify.flightsearch`. */
export interface AlitripBtripFlightDistributionModifyFlightsearchAirportInfo {
  /** 到达机场编码 */
  airport_code?: string;
  /** 到达机场名称 */
  airport_name?: string;
  /** 到达城市编码 */
  city_code?: string;
  /** 到达城市名称 */
  city_name?: string;
  /** 航站楼 */
  terminal?: string;
}

/** `CabinInfo` of `alitrip.btrip.flight.distribution.modify.flightsearch`. */
export interface AlitripBtripFlightDistributionModifyFlightsearchCabinInfo {
  /** 舱位 */
  cabin?: string;
  /** 舱等 */
  cabin_class?: string;
  /** 舱位描述 */
  cabin_desc?: string;
  /** 子舱位 */
  child_cabin?: string;
  /** 剩余数量 取值：1:剩余1 2:剩余2 3:剩余3 4:剩余4 5:剩余5 6:剩余6 7:剩余7 8:剩余8 A:剩余10及以上(注:剩余10个位子及以上) S:限制销售(注:因达到限制销售数而没有可利用座位,但可以候补) Q:申请状态(注:永久申请状态,没有可利用座位,但可以申请(HN)) L:没有可利用座位(注:没有可利用座位,但旅客可以候补) C:彻底关闭(注:该等级彻底关闭,不允许候补或申请) X:该等级取消(注:该等级取消, 不允许候补或申请) Z:可利用情况不明(注:可利用情况不明,这种情况有可能在外航航班上出现) */
  left_num?: string;
  /** 改签价格列表 */
  modify_price_list?: AlitripBtripFlightDistributionModifyFlightsearchModifyPrice[];
  /** 舱位折扣 */
  cabin_discount?: Int64;
}

/** `ModifyPrice` of `alitrip.btrip.flight.distribution.modify.flightsearch`. */
export interface AlitripBtripFlightDistributionModifyFlightsearchModifyPrice {
  /** 乘客类型 取值：1:普通成人 2:学生 4:教师 8:青年 16:老年 32:儿童 64:婴儿 */
  passenger_type?: Int64;
  /** 改签费用 */
  upgrade_fee?: Int64;
  /** 升舱费用 */
  upgrade_price?: Int64;
  /** 票价(分) */
  ticket_price?: Int64;
}

/** `ModifyPrice` of `alitrip.btrip.flight.distribution.modify.flightsearch`. */
export interface AlitripBtripFlightDistributionModifyFlightsearchModifyPrice2 {
  /** 乘客类型 */
  passenger_type?: Int64;
  /** 改签费 */
  upgrade_fee?: Int64;
  /** 升舱费 */
  upgrade_price?: Int64;
}

/** `FlightRule` of `alitrip.btrip.flight.distribution.modify.flightsearch`. */
export interface AlitripBtripFlightDistributionModifyFlightsearchFlightRule {
  /** 升舱规则 */
  upgrade_rule?: AlitripBtripFlightDistributionModifyFlightsearchTgqNodeDo;
  /** 退票规则 */
  refund_rule?: AlitripBtripFlightDistributionModifyFlightsearchTgqNodeDo;
  /** 改签规则 */
  change_rule?: AlitripBtripFlightDistributionModifyFlightsearchTgqNodeDo;
  /** 签转规则 */
  sign_rule?: AlitripBtripFlightDistributionModifyFlightsearchTgqNodeDo;
  /** 行李额信息 */
  baggage_info?: string;
  /** 退改签信息 */
  tuigaiqian_info?: string;
  /** 额外信息 */
  extra?: string;
}

/** `TgqNodeDo` of `alitrip.btrip.flight.distribution.modify.flightsearch`. */
export interface AlitripBtripFlightDistributionModifyFlightsearchTgqNodeDo {
  /** 是否支持 */
  able?: boolean;
  /** 规则列表 */
  detail_list?: AlitripBtripFlightDistributionModifyFlightsearchTimeNodeDo[];
}

/** `TimeNodeDo` of `alitrip.btrip.flight.distribution.modify.flightsearch`. */
export interface AlitripBtripFlightDistributionModifyFlightsearchTimeNodeDo {
  /** 标题 */
  title?: string;
  /** 内容 */
  content?: string;
  /** 时间 */
  time_stamp?: Int64;
  /** 时间类型 */
  time_type?: string;
  /** 费用 */
  cost?: Int64;
  /** 费率 */
  cost_percent?: Int64;
}

const REQUEST_SCHEMA = {
  param_btrip_flight_modify_search_price_rq: {
    arr_city: 'String',
    cabin_class: 'String',
    dep_city: 'String',
    dep_date: 'String',
    flight_no: 'String',
    dis_order_id: 'String',
    sub_channel: 'String',
    traveler_info_list: [
      {
        name: 'String',
        user_id: 'String',
        dep_airport: 'String',
        arr_airport: 'String',
      },
    ],
    is_voluntary: 'Number',
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
                  upgrade_price: 'Number',
                  ticket_price: 'Number',
                },
              ],
              cabin_discount: 'Number',
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
              upgrade_price: 'Number',
            },
          ],
          secret_params: 'String',
          stop_arr_time: 'String',
          stop_city: 'String',
          stop_dep_time: 'String',
          modify_flight_arr_time: 'String',
          modify_flight_dep_time: 'String',
          modify_flight_dep_date: 'String',
          flight_rule_list: [
            {
              upgrade_rule: {
                able: 'Boolean',
                detail_list: [
                  {
                    title: 'String',
                    content: 'String',
                    time_stamp: 'Number',
                    time_type: 'String',
                    cost: 'Number',
                    cost_percent: 'Number',
                  },
                ],
              },
              refund_rule: {
                able: 'Boolean',
                detail_list: [
                  {
                    title: 'String',
                    content: 'String',
                    time_stamp: 'Number',
                    time_type: 'String',
                    cost: 'Number',
                    cost_percent: 'Number',
                  },
                ],
              },
              change_rule: {
                able: 'Boolean',
                detail_list: [
                  {
                    title: 'String',
                    content: 'String',
                    time_stamp: 'Number',
                    time_type: 'String',
                    cost: 'Number',
                    cost_percent: 'Number',
                  },
                ],
              },
              sign_rule: {
                able: 'Boolean',
                detail_list: [
                  {
                    title: 'String',
                    content: 'String',
                    time_stamp: 'Number',
                    time_type: 'String',
                    cost: 'Number',
                    cost_percent: 'Number',
                  },
                ],
              },
              baggage_info: 'String',
              tuigaiqian_info: 'String',
              extra: 'String',
            },
          ],
          meal_desc: 'String',
          flight_size: 'String',
          flight_type: 'String',
          lowest_cabin_desc: 'String',
        },
      ],
    },
    result_code: 'Number',
    result_msg: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alitrip.btrip.flight.distribution.modify.flightsearch`: method, response root, request and response schemas. */
export const alitripBtripFlightDistributionModifyFlightsearchOperation = {
  method: 'alitrip.btrip.flight.distribution.modify.flightsearch',
  responseRoot: 'alitrip_btrip_flight_distribution_modify_flightsearch_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 改签航班列表 — calls TOP method `alitrip.btrip.flight.distribution.modify.flightsearch`.
 *
 * 商旅分销改签航班列表
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripBtripFlightDistributionModifyFlightsearch(
  client: TopClient,
  request: AlitripBtripFlightDistributionModifyFlightsearchRequest = {},
  options?: CallOptions,
): Promise<AlitripBtripFlightDistributionModifyFlightsearchResponse> {
  return client.call<AlitripBtripFlightDistributionModifyFlightsearchResponse>(
    {
      method: 'alitrip.btrip.flight.distribution.modify.flightsearch',
      responseRoot: 'alitrip_btrip_flight_distribution_modify_flightsearch_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
