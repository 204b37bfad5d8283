// Generated from specs/btrip/alitrip.btrip.flight.distribution.order.detail.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.btrip.flight.distribution.order.detail` (商旅机票分销订单详情接口). */
export interface AlitripBtripFlightDistributionOrderDetailRequest {
  /** 订单详情入参 */
  param_btrip_flight_order_operate_common_rq?: AlitripBtripFlightDistributionOrderDetailBtripFlightOrderOperateCommonRqInput;
}

/** Response of `alitrip.btrip.flight.distribution.order.detail`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripBtripFlightDistributionOrderDetailResponse {
  /** 响应信息 */
  result?: AlitripBtripFlightDistributionOrderDetailHisvResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `BtripFlightOrderOperateCommonRq` of `alitrip.btrip.flight.distribution.order.detail`. */
export interface AlitripBtripFlightDistributionOrderDetailBtripFlightOrderOperateCommonRqInput {
  /** 外部订单号 */
  dis_order_id: string;
  /** 分销子渠道，通常为corpId */
  sub_channel: string;
}

/** `HisvResult` of `alitrip.btrip.flight.distribution.order.detail`. */
export interface AlitripBtripFlightDistributionOrderDetailHisvResult {
  /** 订单详情 */
  module?: AlitripBtripFlightDistributionOrderDetailBtripFlightOrderDetailRs;
  /** 错误码 */
  result_code?: Int64;
  /** 错误信息 */
  result_msg?: string;
  /** 是否成功 */
  success?: boolean;
}

/** `BtripFlightOrderDetailRs` of `alitrip.btrip.flight.distribution.order.detail`. */
export interface AlitripBtripFlightDistributionOrderDetailBtripFlightOrderDetailRs {
  /** 支付宝交易流水号 */
  alipay_trade_no?: string;
  /** 预订人用户id */
  book_user_id?: string;
  /** 联系人姓名 */
  contact_name?: string;
  /** 联系电话 */
  contact_phone?: string;
  /** 扩展字段 */
  extra?: string;
  /** 航班信息列表 */
  flight_info_list?: AlitripBtripFlightDistributionOrderDetailOrderFlightInfo[];
  /** 最迟支付时间 */
  last_pay_time?: string;
  /** 商旅订单号 */
  btrip_order_id?: Int64;
  /** 外部订单号 */
  dis_order_id?: string;
  /** 支付状态：0（初始状态），1（冻结成功），3（解冻成功），5（转交易成功），9（创建交易成功），11（关闭交易成功） */
  pay_status?: Int64;
  /** 支付时间 */
  pay_time?: string;
  /** 优惠金额 */
  promotion_price?: Int64;
  /** 结算金额 */
  settle_amount?: Int64;
  /** 结算类型 */
  settle_type?: Int64;
  /** 订单状态：0（初始状态）4（处理中）5（待支付）10（失败）32（订单可支付状态） */
  status?: Int64;
  /** 票信息 */
  ticket_info_list?: AlitripBtripFlightDistributionOrderDetailOrderTicketInfo[];
  /** 总机建费用 */
  total_build_price?: Int64;
  /** 总燃油费用 */
  total_oil_price?: Int64;
  /** 总订单费用 */
  total_order_price?: Int64;
  /** 乘机人列表 */
  traveler_info_list?: AlitripBtripFlightDistributionOrderDetailOrderTravelerInfo[];
}

/** `OrderFlightInfo` of `alitrip.btrip.flight.distribution.order.detail`. */
export interface AlitripBtripFlightDistributionOrderDetailOrderFlightInfo {
  /** 航司编码 */
  airline_code?: string;
  /** 到达机场名称 */
  arr_airport?: string;
  /** 到达机场编码 */
  arr_airport_code?: string;
  /** 到达城市名称 */
  arr_city?: string;
  /** 到达城市编码 */
  arr_city_code?: string;
  /** 到达时间 */
  arr_time?: string;
  /** 行李额描述 */
  baggage?: string;
  /** 机建费用 */
  build_price?: Int64;
  /** 舱位 */
  cabin?: string;
  /** 舱等 */
  cabin_class?: string;
  /** 承运方 */
  carrier?: string;
  /** 出发机场名称 */
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
  /** 餐食描述 */
  meal?: string;
  /** 燃油费用 */
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
}

/** `OrderTicketInfo` of `alitrip.btrip.flight.distribution.order.detail`. */
export interface AlitripBtripFlightDistributionOrderDetailOrderTicketInfo {
  /** pnr编码 */
  pnr_code?: string;
  /** 票号 */
  ticket_no?: string;
  /** 票状态 */
  ticket_status?: string;
  /** openTicket状态 */
  open_ticket_status?: string;
}

/** `OrderTravelerInfo` of `alitrip.btrip.flight.distribution.order.detail`. */
export interface AlitripBtripFlightDistributionOrderDetailOrderTravelerInfo {
  /** 乘客姓名 */
  passenger_name?: string;
  /** 票号 */
  ticket_no?: string;
  /** 用户编号 */
  user_id?: string;
}

const REQUEST_SCHEMA = {
  param_btrip_flight_order_operate_common_rq: {
    dis_order_id: 'String',
    sub_channel: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    module: {
      alipay_trade_no: 'String',
      book_user_id: 'String',
      contact_name: 'String',
      contact_phone: 'String',
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
        },
      ],
      last_pay_time: 'String',
      btrip_order_id: 'Number',
      dis_order_id: 'String',
      pay_status: 'Number',
      pay_time: 'String',
      promotion_price: 'Number',
      settle_amount: 'Number',
      settle_type: 'Number',
      status: 'Number',
      ticket_info_list: [
        {
          pnr_code: 'String',
          ticket_no: 'String',
          ticket_status: 'String',
          open_ticket_status: 'String',
        },
      ],
      total_build_price: 'Number',
      total_oil_price: 'Number',
      total_order_price: 'Number',
      traveler_info_list: [
        {
          passenger_name: 'String',
          ticket_no: 'String',
          user_id: 'String',
        },
      ],
    },
    result_code: 'Number',
    result_msg: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alitrip.btrip.flight.distribution.order.detail`: method, response root, request and response schemas. */
export const alitripBtripFlightDistributionOrderDetailOperation = {
  method: 'alitrip.btrip.flight.distribution.order.detail',
  responseRoot: 'alitrip_btrip_flight_distribution_order_detail_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 商旅机票分销订单详情接口 — calls TOP method `alitrip.btrip.flight.distribution.order.detail`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripBtripFlightDistributionOrderDetail(
  client: TopClient,
  request: AlitripBtripFlightDistributionOrderDetailRequest = {},
  options?: CallOptions,
): Promise<AlitripBtripFlightDistributionOrderDetailResponse> {
  return client.call<AlitripBtripFlightDistributionOrderDetailResponse>(
    {
      method: 'alitrip.btrip.flight.distribution.order.detail',
      responseRoot: 'alitrip_btrip_flight_distribution_order_detail_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
