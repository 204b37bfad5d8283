// Generated from specs/bus/taobao.bus.order.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.bus.order.get` (汽车票订单查询). */
export interface TaobaoBusOrderGetRequest {
  /** 订单查询对象 */
  param_b2_b_order_query_r_q: TaobaoBusOrderGetB2BOrderQueryRqInput;
}

/** Response of `taobao.bus.order.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoBusOrderGetResponse {
  /** 订单查询返回对象 */
  result?: TaobaoBusOrderGetB2BOrderQueryRp;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `B2BOrderQueryRq` of `taobao.bus.order.get`. */
export interface TaobaoBusOrderGetB2BOrderQueryRqInput {
  /** 阿里订单号 */
  ali_trip_order_id: string;
}

/** `B2BOrderQueryRp` of `taobao.bus.order.get`. */
export interface TaobaoBusOrderGetB2BOrderQueryRp {
  /** 订单对象 */
  b2b_bus_order_info?: TaobaoBusOrderGetB2BBusOrderInfo;
  /** 错误代码 */
  error_code?: string;
  /** 错误描述 */
  error_msg?: string;
  /** 是否查询成功 */
  success?: boolean;
}

/** `B2BBusOrderInfo` of `taobao.bus.order.get`. */
export interface TaobaoBusOrderGetB2BBusOrderInfo {
  /** 支付宝交易流水号 */
  alipay_trade_id?: string;
  /** 车次对象 */
  b2_b_bus_line_info?: TaobaoBusOrderGetB2BBusLineInfo;
  /** 取票人信息 */
  b2_b_fetch_holder_info?: TaobaoBusOrderGetB2BFetchHolderInfo;
  /** 取票信息 */
  b2_b_fetch_ticket?: TaobaoBusOrderGetB2BFetchTicket;
  /** 票信息 */
  bus_b2b_ticket_info_list?: TaobaoBusOrderGetB2BTicketInfo[];
  /** 订单创建时间 */
  gmt_create?: string;
  /** 出票成功时间 */
  issue_time?: string;
  /** 阿里订单号 */
  main_order_id?: Int64;
  /** 订单状态 */
  order_status?: Int64;
  /** 票数 */
  ticket_count?: Int64;
  /** 总价 */
  total_price?: Int64;
}

/** `B2BBusLineInfo` of `taobao.bus.order.get`. */
export interface TaobaoBusOrderGetB2BBusLineInfo {
  /** 出发时间 */
  dep_time?: string;
  /** 目的地 */
  last_place_name?: string;
  /** 车次ID */
  schedule_id?: string;
  /** 出发城市 */
  start_city_name?: string;
  /** 出发车站 */
  start_station_name?: string;
  /** 出发车站地址 */
  start_station_name_address?: string;
  /** 到达车站 */
  to_station_name?: string;
}

/** `B2BFetchHolderInfo` of `taobao.bus.order.get`. */
export interface TaobaoBusOrderGetB2BFetchHolderInfo {
  /** 取票人证件号码 */
  fetch_cert_number?: string;
  /** 取票人证件类型 */
  fetch_cert_type?: string;
  /** 取票人电话 */
  fetch_phone?: string;
  /** 取票人姓名 */
  fetch_ticket_name?: string;
}

/** `B2BFetchTicket` of `taobao.bus.order.get`. */
export interface TaobaoBusOrderGetB2BFetchTicket {
  /** 取票短信 */
  fetch_sms?: string;
  /** 取票地址 */
  fetch_ticket_address?: string;
  /** 取票号 */
  fetch_ticket_number?: string;
  /** 取票密码 */
  fetch_ticket_pwd?: string;
}

/** `B2BTicketInfo` of `taobao.bus.order.get`. */
export interface TaobaoBusOrderGetB2BTicketInfo {
  /** 退票手续费 */
  commission_fee?: Int64;
  /** 可退款金额 */
  refund_fee?: Int64;
  /** 退票状态 1(新建立) 2（处理中）3（同意）4（拒绝）5（已退款） */
  refund_status?: Int64;
  /** 乘客类型 */
  rider_cert_type?: string;
  /** 乘客姓名 */
  rider_name?: string;
  /** 座位号 */
  rider_seat_number?: string;
  /** 服务费 */
  service_charge?: Int64;
  /** 子订单id */
  sub_order_id?: Int64;
  /** 票ID */
  ticket_id?: string;
  /** 票价 */
  ticket_price?: Int64;
}

const REQUEST_SCHEMA = {
  param_b2_b_order_query_r_q: {
    ali_trip_order_id: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    b2b_bus_order_info: {
      alipay_trade_id: 'String',
      b2_b_bus_line_info: {
        dep_time: 'String',
        last_place_name: 'String',
        schedule_id: 'String',
        start_city_name: 'String',
        start_station_name: 'String',
        start_station_name_address: 'String',
        to_station_name: 'String',
      },
      b2_b_fetch_holder_info: {
        fetch_cert_number: 'String',
        fetch_cert_type: 'String',
        fetch_phone: 'String',
        fetch_ticket_name: 'String',
      },
      b2_b_fetch_ticket: {
        fetch_sms: 'String',
        fetch_ticket_address: 'String',
        fetch_ticket_number: 'String',
        fetch_ticket_pwd: 'String',
      },
      bus_b2b_ticket_info_list: [
        {
          commission_fee: 'Number',
          refund_fee: 'Number',
          refund_status: 'Number',
          rider_cert_type: 'String',
          rider_name: 'String',
          rider_seat_number: 'String',
          service_charge: 'Number',
          sub_order_id: 'Number',
          ticket_id: 'String',
          ticket_price: 'Number',
        },
      ],
      gmt_create: 'String',
      issue_time: 'String',
      main_order_id: 'Number',
      order_status: 'Number',
      ticket_count: 'Number',
      total_price: 'Number',
    },
    error_code: 'String',
    error_msg: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.bus.order.get`: method, response root, request and response schemas. */
export const taobaoBusOrderGetOperation = {
  method: 'taobao.bus.order.get',
  responseRoot: 'bus_order_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 汽车票订单查询 — calls TOP method `taobao.bus.order.get`.
 *
 * 商家汽车票订单查询
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoBusOrderGet(
  client: TopClient,
  request: TaobaoBusOrderGetRequest,
  options?: CallOptions,
): Promise<TaobaoBusOrderGetResponse> {
  return client.call<TaobaoBusOrderGetResponse>(
    {
      method: 'taobao.bus.order.get',
      responseRoot: 'bus_order_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
