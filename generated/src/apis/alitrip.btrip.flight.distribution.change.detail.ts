// Generated from specs/btrip/alitrip.btrip.flight.distribution.change.detail.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.btrip.flight.distribution.change.detail` (商旅机票改签详情接口). */
export interface AlitripBtripFlightDistributionChangeDetailRequest {
  /** 获取改签单详情入参 */
  param_btrip_flight_order_operate_common_rq?: AlitripBtripFlightDistributionChangeDetailBtripFlightOrderOperateCommonRqInput;
}

/** Response of `alitrip.btrip.flight.distribution.change.detail`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripBtripFlightDistributionChangeDetailResponse {
  /** 响应信息 */
  result?: AlitripBtripFlightDistributionChangeDetailHisvResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `BtripFlightOrderOperateCommonRq` of `alitrip.btrip.flight.distribution.change.detail`. */
export interface AlitripBtripFlightDistributionChangeDetailBtripFlightOrderOperateCommonRqInput {
  /** 分销外部订单号 */
  dis_order_id: string;
  /** 分销子渠道，通常为corpId */
  sub_channel: string;
  /** 分销外部改签单号 */
  dis_sub_order_id: string;
}

/** `HisvResult` of `alitrip.btrip.flight.distribution.change.detail`. */
export interface AlitripBtripFlightDistributionChangeDetailHisvResult {
  /** 改签信息 */
  module?: AlitripBtripFlightDistributionChangeDetailBtripFlightChangeDetailRs;
  /** 错误码 */
  result_code?: Int64;
  /** 错误信息 */
  result_msg?: string;
  /** 是否成功 */
  success?: boolean;
}

/** `BtripFlightChangeDetailRs` of `alitrip.btrip.flight.distribution.change.detail`. */
export interface AlitripBtripFlightDistributionChangeDetailBtripFlightChangeDetailRs {
  /** 交易流水号 */
  alipay_trade_no?: string;
  /** 扩展信息 */
  extra?: string;
  /** 航班信息 */
  flight_info_list?: AlitripBtripFlightDistributionChangeDetailOrderFlightInfo[];
  /** 最迟支付时间 */
  last_pay_time?: string;
  /** 支付状态 */
  pay_status?: Int64;
  /** 支付时间 */
  pay_time?: string;
  /** 结算费用 */
  settle_price?: Int64;
  /** 结算类型 */
  settle_type?: Int64;
  /** 状态 */
  status?: Int64;
  /** 总改签费用 */
  total_change_price?: Int64;
  /** 总费用 */
  total_price?: Int64;
  /** 总升舱费用 */
  total_upgrade_price?: Int64;
  /** 乘机人信息 */
  traveler_info_list?: AlitripBtripFlightDistributionChangeDetailOrderTravelerInfo[];
  /** 分销外部改签单号 */
  dis_sub_order_id?: string;
  /** 分销外部订单号 */
  dis_order_id?: string;
  /** 商旅改签单号 */
  btrip_sub_order_id?: Int64;
  /** 商旅订单号 */
  btrip_order_id?: Int64;
}

/** `OrderFlightInfo` of `alitrip.btrip.flight.distribution.change.detail`. */
export interface AlitripBtripFlightDistributionChangeDetailOrderFlightInfo {
  /** 航司编码 */
  airline_code?: string;
  /** 到达机场 */
  arr_airport?: string;
  /** 到达机场编码 */
  arr_airport_code?: string;
  /** 到达城市名称 */
  arr_city?: string;
  /** 到达城市编码 */
  arr_city_code?: string;
  /** 到达时间 */
  arr_time?: string;
  /** 行李额 */
  baggage?: string;
  /** 机建费用 */
  build_price?: Int64;
  /** 舱位 */
  cabin?: string;
  /** 舱等 */
  cabin_class?: string;
  /** 承运航班 */
  carrier?: string;
  /** 出发机场 */
  dep_airport?: string;
  /** 出发机场编码 */
  dep_airport_code?: string;
  /** 出发城市 */
  dep_city?: string;
  /** 出发城市编码 */
  dep_city_code?: string;
  /** 出发时间 */
  dep_time?: string;
  /** 航班号 */
  flight_no?: string;
  /** 餐食 */
  meal?: string;
  /** 燃油费 */
  oil_price?: Int64;
  /** 航段类型 */
  segment_type?: Int64;
  /** 经停到达时间 */
  stop_arr_time?: string;
  /** 经停城市 */
  stop_city?: string;
  /** 经停出发时间 */
  stop_dep_time?: string;
  /** 票费用 */
  ticket_price?: Int64;
  /** 改签前航班号 */
  last_flight_no?: string;
  /** 改签前舱位 */
  last_cabin?: string;
  /** 改签后的退改签文案 */
  tuigaiqian_info?: string;
  /** 出发航站楼 */
  dep_terminal?: string;
  /** 到达航站楼 */
  arr_terminal?: string;
  /** 航司名称 */
  airline_name?: string;
  /** 航司简称 */
  airline_simple_name?: string;
  /** 到达机场名称 */
  arr_airport_code_name?: string;
  /** 出发机场名称 */
  dep_airport_code_name?: string;
}

/** `OrderTravelerInfo` of `alitrip.btrip.flight.distribution.change.detail`. */
export interface AlitripBtripFlightDistributionChangeDetailOrderTravelerInfo {
  /** 乘客名称 */
  passenger_name?: string;
  /** 乘客类型 */
  passenger_type?: string;
  /** 票号 */
  ticket_no?: string;
  /** 用户编号 */
  user_id?: string;
  /** openTicket状态 */
  open_ticket_status?: Int64;
}

const REQUEST_SCHEMA = {
  param_btrip_flight_order_operate_common_rq: {
    dis_order_id: 'String',
    sub_channel: 'String',
    dis_sub_order_id: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    module: {
      alipay_trade_no: 'String',
      extra: 'String',
      flight_info_list: [
        {
          airline_code: 'String',
          arr_airport: 'String',
          arr_airport_code: 'String',
          arr_city: 'String',
          arr_city_code: 'String',
          arr_time: 'String',
          baggage: 'String',
          build_price: 'Number',
          cabin: 'String',
          cabin_class: 'String',
          carrier: 'String',
          dep_airport: 'String',
          dep_airport_code: 'String',
          dep_city: 'String',
          dep_city_code: 'String',
          dep_time: 'String',
          flight_no: 'String',
          meal: 'String',
          oil_price: 'Number',
          segment_type: 'Number',
          stop_arr_time: 'String',
          stop_city: 'String',
          stop_dep_time: 'String',
          ticket_price: 'Number',
          last_flight_no: 'String',
          last_cabin: 'String',
          tuigaiqian_info: 'String',
          dep_terminal: 'String',
          arr_terminal: 'String',
          airline_name: 'String',
          airline_simple_name: 'String',
          arr_airport_code_name: 'String',
          dep_airport_code_name: 'String',
        },
      ],
      last_pay_time: 'String',
      pay_status: 'Number',
      pay_time: 'String',
      settle_price: 'Number',
      settle_type: 'Number',
      status: 'Number',
      total_change_price: 'Number',
      total_price: 'Number',
      total_upgrade_price: 'Number',
      traveler_info_list: [
        {
          passenger_name: 'String',
          passenger_type: 'String',
          ticket_no: 'String',
          user_id: 'String',
          open_ticket_status: 'Number',
        },
      ],
      dis_sub_order_id: 'String',
      dis_order_id: 'String',
      btrip_sub_order_id: 'Number',
      btrip_order_id: 'Number',
    },
    result_code: 'Number',
    result_msg: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alitrip.btrip.flight.distribution.change.detail`: method, response root, request and response schemas. */
export const alitripBtripFlightDistributionChangeDetailOperation = {
  method: 'alitrip.btrip.flight.distribution.change.detail',
  responseRoot: 'alitrip_btrip_flight_distribution_change_detail_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 商旅机票改签详情接口 — calls TOP method `alitrip.btrip.flight.distribution.change.detail`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripBtripFlightDistributionChangeDetail(
  client: TopClient,
  request: AlitripBtripFlightDistributionChangeDetailRequest = {},
  options?: CallOptions,
): Promise<AlitripBtripFlightDistributionChangeDetailResponse> {
  return client.call<AlitripBtripFlightDistributionChangeDetailResponse>(
    {
      method: 'alitrip.btrip.flight.distribution.change.detail',
      responseRoot: 'alitrip_btrip_flight_distribution_change_detail_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
