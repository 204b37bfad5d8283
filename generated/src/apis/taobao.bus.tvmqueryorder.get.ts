// Generated from specs/bus/taobao.bus.tvmqueryorder.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.bus.tvmqueryorder.get` (线下自助机查询订单信息). */
export interface TaobaoBusTvmqueryorderGetRequest {
  /** 阿里订单标编号 */
  alitrip_order_id: string;
}

/** Response of `taobao.bus.tvmqueryorder.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoBusTvmqueryorderGetResponse {
  /** errorCode */
  result_code?: string;
  /** errorMsg */
  result_msg?: string;
  /** success */
  is_success?: boolean;
  /** tvmBusOrderLineInfo */
  tvm_bus_order_line_info?: TaobaoBusTvmqueryorderGetTvmBusOrderLineInfo;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TvmBusOrderLineInfo` of `taobao.bus.tvmqueryorder.get`. */
export interface TaobaoBusTvmqueryorderGetTvmBusOrderLineInfo {
  /** 代理商订单号 */
  agent_order_id?: string;
  /** 阿里支付交易号 */
  alipay_trade_no?: string;
  /** 阿里订单编号 */
  alitrip_order_id?: string;
  /** 订单创建时间 */
  gmt_create?: string;
  /** 出票时间 */
  issue_time?: string;
  /** CREATED_NO_PAY(10, 已创建，待支付),PAYED_NO_NOTIFY(20, 已支付，待通知代理商),PAYED_AND_NOTIFY(30, 已支付，待代理商出票),BOOKED_AND_CONFIRM（50, 已出票,已确认）,BOOK_FAILED(-1, 出票失败),PAY_TIME_OUT(-2, 支付超时),BOOK_TIME_OUT(-3, 出票超时),CANCEL(-4, 订单取消),CLOSE(-5, 订单关闭) */
  order_status?: Int64;
  /** passengers */
  passengers?: TaobaoBusTvmqueryorderGetTvmPassengerVo[];
  /** 支付时间 */
  pay_time?: string;
  /** 退款信息 */
  refunds?: TaobaoBusTvmqueryorderGetTvmRefundApply[];
  /** 票数 */
  ticket_count?: Int64;
  /** totalPrice */
  total_price?: Int64;
  /** tvmBusLineInfo */
  tvm_bus_line_info?: TaobaoBusTvmqueryorderGetTvmBusLineInfo;
  /** 实际支付方式:取值范围: ALIPAY （飞猪渠道）; WECHAT（微信） */
  real_pay_mode?: string;
  /** 买家用户信息唯一标识 */
  buyer_info_unique_key?: string;
  /** 阿里tp订单号 */
  alitrip_tp_order_id?: string;
}

/** `TvmPassengerVo` of `taobao.bus.tvmqueryorder.get`. */
export interface TaobaoBusTvmqueryorderGetTvmPassengerVo {
  /** 电子票号 */
  agent_eticket?: string;
  /** 商家票号 */
  agent_ticket_id?: string;
  /** 全票价 */
  full_price?: Int64;
  /** hasChildren */
  has_children?: boolean;
  /** 身份证 */
  rider_cert_number?: string;
  /** 乘客证件类型 */
  rider_cert_type?: string;
  /** riderName */
  rider_name?: string;
  /** 座位号 */
  seat_number?: string;
  /** 服务费 */
  service_charge?: Int64;
  /** 票价 */
  ticket_price?: Int64;
  /** 乘客购买保险信息 */
  tvm_insurance_infos?: TaobaoBusTvmqueryorderGetTvmInsuranceInfo[];
}

/** `TvmInsuranceInfo` of `taobao.bus.tvmqueryorder.get`. */
export interface TaobaoBusTvmqueryorderGetTvmInsuranceInfo {
  /** 保险状态: -1下单失败 0初始化 1已取消 2已关闭 3已挂起 4已挂起 5未知状态 6未生效 7保障中 8已失效 9退保中 10已退保 11未生效或保障中 */
  insure_status?: Int64;
  /** 保险产品单价(分) */
  insure_price?: Int64;
  /** 保险名称 */
  insure_name?: string;
  /** 保险唯一标识 购买必传 */
  product_no?: string;
}

/** `TvmRefundApply` of `taobao.bus.tvmqueryorder.get`. */
export interface TaobaoBusTvmqueryorderGetTvmRefundApply {
  /** 申请单id */
  apply_id?: Int64;
  /** 创建时间 */
  gmt_create?: string;
  /** 成功时间 */
  gmt_refund_succ_time?: string;
  /** 退款批次号 */
  out_trade_no?: string;
  /** 退款金额（分） */
  refund_amount?: Int64;
  /** 退款状态 10(处理中) 20(已拒绝) 30(已同意) 40(已退款) 50(已受理) */
  refund_status?: Int64;
  /** 淘宝退款申请单id */
  rp_apply_id?: Int64;
}

/** `TvmBusLineInfo` of `taobao.bus.tvmqueryorder.get`. */
export interface TaobaoBusTvmqueryorderGetTvmBusLineInfo {
  /** 车次 */
  bus_number?: string;
  /** busType */
  bus_type?: string;
  /** 发车时间 */
  dep_time?: string;
  /** 距离 */
  distance?: Int64;
  /** 目的地 */
  last_place_name?: string;
  /** 车程时间(小时) */
  runtime?: Int64;
  /** startCityName */
  start_city_name?: string;
  /** startProvinceName */
  start_province_name?: string;
  /** 出发站地址 */
  start_station_address?: string;
  /** startStationId */
  start_station_id?: string;
  /** startStationName */
  start_station_name?: string;
  /** terminal */
  terminal?: string;
  /** toStationCityName */
  to_station_city_name?: string;
  /** toStationId */
  to_station_id?: string;
  /** 到达站名称 */
  to_station_name?: string;
  /** toStationProvinceName */
  to_station_province_name?: string;
}

const REQUEST_SCHEMA = {
  alitrip_order_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result_code: 'String',
  result_msg: 'String',
  is_success: 'Boolean',
  tvm_bus_order_line_info: {
    agent_order_id: 'String',
    alipay_trade_no: 'String',
    alitrip_order_id: 'String',
    gmt_create: 'String',
    issue_time: 'String',
    order_status: 'Number',
    passengers: [
      {
        agent_eticket: 'String',
        agent_ticket_id: 'String',
        full_price: 'Number',
        has_children: 'Boolean',
        rider_cert_number: 'String',
        rider_cert_type: 'String',
        rider_name: 'String',
        seat_number: 'String',
        service_charge: 'Number',
        ticket_price: 'Number',
        tvm_insurance_infos: [
          {
            insure_status: 'Number',
            insure_price: 'Number',
            insure_name: 'String',
            product_no: 'String',
          },
        ],
      },
    ],
    pay_time: 'String',
    refunds: [
      {
        apply_id: 'Number',
        gmt_create: 'String',
        gmt_refund_succ_time: 'String',
        out_trade_no: 'String',
        refund_amount: 'Number',
        refund_status: 'Number',
        rp_apply_id: 'Number',
      },
    ],
    ticket_count: 'Number',
    total_price: 'Number',
    tvm_bus_line_info: {
      bus_number: 'String',
      bus_type: 'String',
      dep_time: 'String',
      distance: 'Number',
      last_place_name: 'String',
      runtime: 'Number',
      start_city_name: 'String',
      start_province_name: 'String',
      start_station_address: 'String',
      start_station_id: 'String',
      start_station_name: 'String',
      terminal: 'String',
      to_station_city_name: 'String',
      to_station_id: 'String',
      to_station_name: 'String',
      to_station_province_name: 'String',
    },
    real_pay_mode: 'String',
    buyer_info_unique_key: 'String',
    alitrip_tp_order_id: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.bus.tvmqueryorder.get`: method, response root, request and response schemas. */
export const taobaoBusTvmqueryorderGetOperation = {
  method: 'taobao.bus.tvmqueryorder.get',
  responseRoot: 'bus_tvmqueryorder_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 线下自助机查询订单信息 — calls TOP method `taobao.bus.tvmqueryorder.get`.
 *
 * 查询订单详情
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoBusTvmqueryorderGet(
  client: TopClient,
  request: TaobaoBusTvmqueryorderGetRequest,
  options?: CallOptions,
): Promise<TaobaoBusTvmqueryorderGetResponse> {
  return client.call<TaobaoBusTvmqueryorderGetResponse>(
    {
      method: 'taobao.bus.tvmqueryorder.get',
      responseRoot: 'bus_tvmqueryorder_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
