// Generated from specs/btrip/alitrip.btrip.flight.distribution.change.newquery.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.btrip.flight.distribution.change.newquery` (改签航班询价V2). */
export interface AlitripBtripFlightDistributionChangeNewqueryRequest {
  /** 改签询价入参 */
  param_btrip_flight_modify_flight_info_rq?: AlitripBtripFlightDistributionChangeNewqueryBtripFlightModifyFlightInfoRqInput;
}

/** Response of `alitrip.btrip.flight.distribution.change.newquery`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripBtripFlightDistributionChangeNewqueryResponse {
  /** 响应结果 */
  result?: AlitripBtripFlightDistributionChangeNewqueryHisvResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `BtripFlightModifyFlightInfoRq` of `alitrip.btrip.flight.distribution.change.newquery`. */
export interface AlitripBtripFlightDistributionChangeNewqueryBtripFlightModifyFlightInfoRqInput {
  /** 分销外部订单号 */
  dis_order_id: string;
  /** 改签航班号 */
  modify_flight_no: string;
  /** 改签日期 */
  modify_depart_date: string;
  /** 出发城市三字码 */
  dep_city: string;
  /** 到达城市三字码 */
  arr_city: string;
  /** 是否是自愿改签 */
  is_voluntary: Int64Input;
  /** 分销子渠道 */
  sub_channel: string;
  /** 供应商标识 */
  supplier_code: string;
  /** 航班搜索出来的session */
  session_id: string;
}

/** `HisvResult` of `alitrip.btrip.flight.distribution.change.newquery`. */
export interface AlitripBtripFlightDistributionChangeNewqueryHisvResult {
  /** 响应子模块 */
  module?: AlitripBtripFlightDistributionChangeNewqueryBtripFlightModifyFlightInfoRs;
  /** 错误码 */
  result_code?: Int64;
  /** 错误信息 */
  result_msg?: string;
  /** 是否成功 */
  success?: boolean;
}

/** `BtripFlightModifyFlightInfoRs` of `alitrip.btrip.flight.distribution.change.newquery`. */
export interface AlitripBtripFlightDistributionChangeNewqueryBtripFlightModifyFlightInfoRs {
  /** 改签航班信息列表 */
  flight_info_list?: AlitripBtripFlightDistributionChangeNewqueryFlightInfoDTO[];
}

/** `FlightInfoDTO` of `alitrip.btrip.flight.distribution.change.newquery`. */
export interface AlitripBtripFlightDistributionChangeNewqueryFlightInfoDTO {
  /** 航班号 */
  flight_no?: string;
  /** 航司信息 */
  airline_info?: AlitripBtripFlightDistributionChangeNewqueryAirlineInfo;
  /** 出发机场信息 */
  dep_airport_info?: AlitripBtripFlightDistributionChangeNewqueryAirportInfo;
  /** 到达机场信息 */
  arr_airport_info?: AlitripBtripFlightDistributionChangeNewqueryAirportInfo;
  /** 是否共享 */
  is_share?: boolean;
  /** 共享航班号（共享航班时有值） */
  carrier_no?: string;
  /** 共享航班（共享航班时有值） */
  carrier_airline?: string;
  /** 最低舱位价格列表 */
  lowest_cabin_price?: AlitripBtripFlightDistributionChangeNewqueryModifyPrice[];
  /** 最低舱数量 */
  lowest_cabin_num?: string;
  /** 最低舱位 */
  lowest_cabin?: string;
  /** 最低舱等 */
  lowest_cabin_class?: string;
  /** 舱位列表 */
  cabin_list?: AlitripBtripFlightDistributionChangeNewqueryCabinInfo[];
  /** 改签航班出发日期 */
  modify_flight_dep_date?: string;
  /** 改签航班出发时间 */
  modify_flight_dep_time?: string;
  /** 改签航班到达时间 */
  modify_flight_arr_time?: string;
  /** 会话Id */
  session_id?: string;
}

/** `AirlineInfo` of `alitrip.btrip.flight.distribution.change.newquery`. */
export interface AlitripBtripFlightDistributionChangeNewqueryAirlineInfo {
  /** 航司编码 */
  airline_code?: string;
  /** 航司名称 */
  airline_name?: string;
  /** 航司简称 */
  airline_simple_name?: string;
}

/** `AirportInfo` of `alitrip.btrip.flight.distribution.change.newquery`. */
export interface AlitripBtripFlightDistributionChangeNewqueryAirportInfo {
  /** 机场编码 */
  airport_code?: string;
  /** 机场名称 */
  airport_name?: string;
  /** 航站楼 */
  terminal?: string;
}

/** `ModifyPrice` of `alitrip.btrip.flight.distribution.change.newquery`. */
export interface AlitripBtripFlightDistributionChangeNewqueryModifyPrice {
  /** 乘客类型 */
  passenger_type?: Int64;
  /** 改签手续费 */
  upgrade_fee?: Int64;
  /** 升舱差价 */
  upgrade_price?: Int64;
  /** 改签支付价格 */
  change_payment_price?: Int64;
}

/** `CabinInfo` of `alitrip.btrip.flight.distribution.change.newquery`. */
export interface AlitripBtripFlightDistributionChangeNewqueryCabinInfo {
  /** 改签费用信息 */
  modify_price_list?: AlitripBtripFlightDistributionChangeNewqueryModifyPrice[];
  /** av */
  left_num?: string;
  /** 舱位代码 */
  cabin?: string;
  /** 舱等 */
  cabin_class?: string;
  /** 舱位描述 */
  cabin_desc?: string;
  /** 舱等折扣，八折用80表示 */
  child_cabin?: string;
  /** 商品Id */
  ota_itemid?: string;
  /** 改签航班的退改签规则 */
  change_ota_item_rule_rq?: AlitripBtripFlightDistributionChangeNewqueryChangeOtaItemRuleRQ2;
}

/** `ChangeOtaItemRuleRQ` of `alitrip.btrip.flight.distribution.change.newquery`. */
export interface AlitripBtripFlightDistributionChangeNewqueryChangeOtaItemRuleRQ2 {
  /** 退票规则 */
  refund_details?: AlitripBtripFlightDistributionChangeNewqueryChangeOtaItemRuleRQ[];
  /** 改签规则 */
  change_details?: AlitripBtripFlightDistributionChangeNewqueryRefundDetailShowVO[];
  /** 行李额 */
  baggage_details?: AlitripBtripFlightDistributionChangeNewqueryRefundDetailShowVO2[];
}

/** `ChangeOtaItemRuleRQ` of `alitrip.btrip.flight.distribution.change.newquery`. */
export interface AlitripBtripFlightDistributionChangeNewqueryChangeOtaItemRuleRQ {
  /** 表格标题 */
  title?: string;
  /** 表格首行内容 */
  table_head?: string;
  /** 内容类型 */
  type?: Int64;
  /** 排序使用 */
  index?: Int64;
  /** 退改表达内容 */
  refund_sub_items?: (string | Record<string, unknown>)[];
  /** 纯文字段落 */
  extra_contents?: (string | Record<string, unknown>)[];
}

/** `RefundDetailShowVO` of `alitrip.btrip.flight.distribution.change.newquery`. */
export interface AlitripBtripFlightDistributionChangeNewqueryRefundDetailShowVO {
  /** 表格标题 */
  title?: string;
  /** 表格首行内容 */
  table_head?: string;
  /** 内容类型 */
  type?: Int64;
  /** 排序使用 */
  index?: Int64;
  /** 退改表达内容 */
  refund_sub_items?: (string | Record<string, unknown>)[];
  /** 纯文字段落 */
  extra_contents?: (string | Record<string, unknown>)[];
}

/** `RefundDetailShowVO` of `alitrip.btrip.flight.distribution.change.newquery`. */
export interface AlitripBtripFlightDistributionChangeNewqueryRefundDetailShowVO2 {
  /** 表格标题 */
  title?: string;
  /** 表格首行内容 */
  table_head?: string;
  /** 内容类型 */
  type?: Int64;
  /** 排序使用 */
  index?: Int64;
  /** 行李表达内容 */
  baggage_sub_items?: (string | Record<string, unknown>)[];
  /** 提示 */
  tips?: string | Record<string, unknown>;
}

const REQUEST_SCHEMA = {
  param_btrip_flight_modify_flight_info_rq: {
    dis_order_id: 'String',
    modify_flight_no: 'String',
    modify_depart_date: 'String',
    dep_city: 'String',
    arr_city: 'String',
    is_voluntary: 'Number',
    sub_channel: 'String',
    supplier_code: 'String',
    session_id: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    module: {
      flight_info_list: [
        {
          flight_no: 'String',
          airline_info: {
            airline_code: 'String',
            airline_name: 'String',
            airline_simple_name: 'String',
          },
          dep_airport_info: {
            airport_code: 'String',
            airport_name: 'String',
            terminal: 'String',
          },
          arr_airport_info: {
            airport_code: 'String',
            airport_name: 'String',
            terminal: 'String',
          },
          is_share: 'Boolean',
          carrier_no: 'String',
          carrier_airline: 'String',
          lowest_cabin_price: [
            {
              passenger_type: 'Number',
              upgrade_fee: 'Number',
              upgrade_price: 'Number',
              change_payment_price: 'Number',
            },
          ],
          lowest_cabin_num: 'String',
          lowest_cabin: 'String',
          lowest_cabin_class: 'String',
          cabin_list: [
            {
              modify_price_list: [
                {
                  passenger_type: 'Number',
                  upgrade_fee: 'Number',
                  upgrade_price: 'Number',
                  change_payment_price: 'Number',
                },
              ],
              left_num: 'String',
              cabin: 'String',
              cabin_class: 'String',
              cabin_desc: 'String',
              child_cabin: 'String',
              ota_itemid: 'String',
              change_ota_item_rule_rq: {
                refund_details: [
                  {
                    title: 'String',
                    table_head: 'String',
                    type: 'Number',
                    index: 'Number',
                    refund_sub_items: ['Json'],
                    extra_contents: ['Json'],
                  },
                ],
                change_details: [
                  {
                    title: 'String',
                    table_head: 'String',
                    type: 'Number',
                    index: 'Number',
                    refund_sub_items: ['Json'],
                    extra_contents: ['Json'],
                  },
                ],
                baggage_details: [
                  {
                    title: 'String',
                    table_head: 'String',
                    type: 'Number',
                    index: 'Number',
                    baggage_sub_items: ['Json'],
                    tips: 'Json',
                  },
                ],
              },
            },
          ],
          modify_flight_dep_date: 'String',
          modify_flight_dep_time: 'String',
          modify_flight_arr_time: 'String',
          session_id: 'String',
        },
      ],
    },
    result_code: 'Number',
    result_msg: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alitrip.btrip.flight.distribution.change.newquery`: method, response root, request and response schemas. */
export const alitripBtripFlightDistributionChangeNewqueryOperation = {
  method: 'alitrip.btrip.flight.distribution.change.newquery',
  responseRoot: 'alitrip_btrip_flight_distribution_change_newquery_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 改签航班询价V2 — calls TOP method `alitrip.btrip.flight.distribution.change.newquery`.
 *
 * 商旅机票改签航班询价
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripBtripFlightDistributionChangeNewquery(
  client: TopClient,
  request: AlitripBtripFlightDistributionChangeNewqueryRequest = {},
  options?: CallOptions,
): Promise<AlitripBtripFlightDistributionChangeNewqueryResponse> {
  return client.call<AlitripBtripFlightDistributionChangeNewqueryResponse>(
    {
      method: 'alitrip.btrip.flight.distribution.change.newquery',
      responseRoot: 'alitrip_btrip_flight_distribution_change_newquery_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
