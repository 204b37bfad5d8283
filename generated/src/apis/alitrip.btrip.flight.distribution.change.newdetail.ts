// Generated from specs/btrip/alitrip.btrip.flight.distribution.change.newdetail.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.btrip.flight.distribution.change.newdetail` (商旅机票改签详情接口). */
export interface AlitripBtripFlightDistributionChangeNewdetailRequest {
  /** 获取改签单详情入参 */
  param_btrip_flight_order_operate_common_rq: AlitripBtripFlightDistributionChangeNewdetailBtripFlightOrderOperateCommonRqInput;
}

/** Response of `alitrip.btrip.flight.distribution.change.newdetail`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripBtripFlightDistributionChangeNewdetailResponse {
  /** 响应信息 */
  result?: AlitripBtripFlightDistributionChangeNewdetailHisvResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `BtripFlightOrderOperateCommonRq` of `alitrip.btrip.flight.distribution.change.newdetail`. */
export interface AlitripBtripFlightDistributionChangeNewdetailBtripFlightOrderOperateCommonRqInput {
  /** 分销外部订单号 */
  dis_order_id: string;
  /** 分销子渠道，通常为corpId */
  sub_channel: string;
  /** 分销外部改签单号 */
  dis_sub_order_id: string;
}

/** `HisvResult` of `alitrip.btrip.flight.distribution.change.newdetail`. */
export interface AlitripBtripFlightDistributionChangeNewdetailHisvResult {
  /** 改签信息 */
  module?: AlitripBtripFlightDistributionChangeNewdetailBtripFlightModifyDetailInfoRs;
  /** 错误码 */
  result_code?: Int64;
  /** 错误信息 */
  result_msg?: string;
  /** 是否成功 */
  success?: boolean;
}

/** `BtripFlightModifyDetailInfoRs` of `alitrip.btrip.flight.distribution.change.newdetail`. */
export interface AlitripBtripFlightDistributionChangeNewdetailBtripFlightModifyDetailInfoRs {
  /** 交易流水号 */
  alipay_trade_no?: string;
  /** 扩展信息 */
  extra?: string;
  /** 航班信息 */
  flight_info_list?: AlitripBtripFlightDistributionChangeNewdetailOrderFlightInfo[];
  /** 最迟支付时间 */
  last_pay_time?: string;
  /** 支付状态 */
  pay_status?: string;
  /** 支付时间 */
  pay_time?: string;
  /** 结算费用 */
  settle_price?: Int64;
  /** 状态 */
  status?: Int64;
  /** 总改签费用 */
  total_change_price?: Int64;
  /** 总费用 */
  total_price?: Int64;
  /** 总升舱费用 */
  total_upgrade_price?: Int64;
  /** 乘机人信息 */
  traveler_info_list?: AlitripBtripFlightDistributionChangeNewdetailOrderTravelerInfo[];
  /** 分销外部改签单号 */
  dis_sub_order_id?: string;
  /** 分销外部订单号 */
  dis_order_id?: string;
  /** 商旅改签单号 */
  btrip_sub_order_id?: Int64;
  /** 商旅订单号 */
  btrip_order_id?: Int64;
  /** 结算类型 */
  settle_type?: Int64;
}

/** `OrderFlightInfo` of `alitrip.btrip.flight.distribution.change.newdetail`. */
export interface AlitripBtripFlightDistributionChangeNewdetailOrderFlightInfo {
  /** 到达城市 */
  arr_city?: string;
  /** 出发城市 */
  dep_city?: string;
  /** 起飞机场三字码 */
  dep_airport_code?: string;
  /** 到达机场三字码 */
  arr_airport_code?: string;
  /** 出发时间 */
  dep_time?: string;
  /** 到达时间 */
  arr_time?: string;
  /** 航班号 */
  flight_no?: string;
  /** 航司二字码 */
  airline_code?: string;
  /** 舱位代码 */
  cabin?: string;
  /** 舱等 */
  cabin_class?: string;
  /** 到达城市三字码 */
  arr_city_code?: string;
  /** 出发城市三字码 */
  dep_city_code?: string;
  /** 改签前航班 */
  last_flight_no?: string;
  /** 改签前舱位 */
  last_cabin?: string;
  /** 改签后的退改签文案 */
  tuigaiqian_info?: string;
  /** 出发航站楼 */
  dep_terminal?: string;
  /** 达到航站楼 */
  arr_terminal?: string;
  /** 到达机场名称 */
  arr_airport_code_name?: string;
  /** 出发机场名称 */
  dep_airport_code_name?: string;
  /** 承运航班 */
  carrier?: string;
  /** 航司简称 */
  airline_simple_name?: string;
  /** 航司名称 */
  airline_name?: string;
  /** 餐食 */
  meal?: string;
}

/** `OrderTravelerInfo` of `alitrip.btrip.flight.distribution.change.newdetail`. */
export interface AlitripBtripFlightDistributionChangeNewdetailOrderTravelerInfo {
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
          arr_city: 'String',
          dep_city: 'String',
          dep_airport_code: 'String',
          arr_airport_code: 'String',
          dep_time: 'String',
          arr_time: 'String',
          flight_no: 'String',
          airline_code: 'String',
          cabin: 'String',
          cabin_class: 'String',
          arr_city_code: 'String',
          dep_city_code: 'String',
          last_flight_no: 'String',
          last_cabin: 'String',
          tuigaiqian_info: 'String',
          dep_terminal: 'String',
          arr_terminal: 'String',
          arr_airport_code_name: 'String',
          dep_airport_code_name: 'String',
          carrier: 'String',
          airline_simple_name: 'String',
          airline_name: 'String',
          meal: 'String',
        },
      ],
      last_pay_time: 'String',
      pay_status: 'String',
      pay_time: 'String',
      settle_price: 'Number',
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
      settle_type: 'Number',
    },
    result_code: 'Number',
    result_msg: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alitrip.btrip.flight.distribution.change.newdetail`: method, response root, request and response schemas. */
export const alitripBtripFlightDistributionChangeNewdetailOperation = {
  method: 'alitrip.btrip.flight.distribution.change.newdetail',
  responseRoot: 'alitrip_btrip_flight_distribution_change_newdetail_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 商旅机票改签详情接口 — calls TOP method `alitrip.btrip.flight.distribution.change.newdetail`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripBtripFlightDistributionChangeNewdetail(
  client: TopClient,
  request: AlitripBtripFlightDistributionChangeNewdetailRequest,
  options?: CallOptions,
): Promise<AlitripBtripFlightDistributionChangeNewdetailResponse> {
  return client.call<AlitripBtripFlightDistributionChangeNewdetailResponse>(
    {
      method: 'alitrip.btrip.flight.distribution.change.newdetail',
      responseRoot: 'alitrip_btrip_flight_distribution_change_newdetail_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
