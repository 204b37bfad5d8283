// Generated from specs/bus/taobao.bus.historyorder.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.bus.historyorder.get` (历史订单查询（对账）). */
export interface TaobaoBusHistoryorderGetRequest {
  /** 开始时间 2017-04-23 13:33:43 */
  from_date: string;
  /** 分页大小 不超过1w */
  page_size: Int64Input;
  /** 结束时间 2017-04-23 13:33:43 */
  to_date: string;
  /** offline_ticket 线下自助机； online_ticket：线上售票； 空 代表查全部 */
  type?: string;
  /** 第几页 从1开始 */
  page_index: Int64Input;
}

/** Response of `taobao.bus.historyorder.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoBusHistoryorderGetResponse {
  /** errorCode 错误码 */
  result_code?: string;
  /** errorMsg 错误原因 */
  result_msg?: string;
  /** success true 成功 false失败 */
  is_success?: boolean;
  /** busoMainOrderHistoryPageVO 订单详情 */
  buso_main_order_history_page_v_o?: TaobaoBusHistoryorderGetBusoMainOrderHistoryPageVo;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `BusoMainOrderHistoryPageVo` of `taobao.bus.historyorder.get`. */
export interface TaobaoBusHistoryorderGetBusoMainOrderHistoryPageVo {
  /** busoMainOrderHistoryVOList */
  buso_main_order_history_v_o_list?: TaobaoBusHistoryorderGetBusomainorderhistoryvolist[];
  /** currentPage 当前多少页 */
  current_page?: Int64;
  /** totalSize 总条目 */
  total_size?: Int64;
}

/** `Busomainorderhistoryvolist` of `taobao.bus.historyorder.get`. */
export interface TaobaoBusHistoryorderGetBusomainorderhistoryvolist {
  /** lastPlaceName 目的地 */
  last_place_name?: string;
  /** scheduleId 车次id */
  schedule_id?: string;
  /** gmtCreate 订单创建时间 */
  gmt_create?: string;
  /** startCityName 出发城市 */
  start_city_name?: string;
  /** issueTime 出票时间 */
  issue_time?: string;
  /** agentId 代理商编号 */
  agent_id?: Int64;
  /** canRefund 是否可退 1 可退 0 不可退 */
  can_refund?: Int64;
  /** mainOrderId 飞猪订单号 */
  main_order_id?: Int64;
  /** orderStatus 订单状态. 10：初始状态，15:订单可见；41:订单完成待打款给卖家；70：交易成功 80:交易关闭 */
  order_status?: Int64;
  /** payTime 支付时间 */
  pay_time?: string;
  /** discountAmount 折扣优惠价格 */
  discount_amount?: Int64;
  /** agentOrderId 代理商订单号 */
  agent_order_id?: string;
  /** startTime 出发时间 */
  start_time?: string;
  /** refundAmount 退款金额（分） */
  refund_amount?: Int64;
  /** endCityName 到达城市 */
  end_city_name?: string;
  /** arriveStationName 到达站名称 */
  arrive_station_name?: string;
  /** payStatus 支付状态 支付状态(10:初始支付状态,20:创建担保交易成功,30:买家付款成功,60:已打款给卖家,100:关闭已支付订单成功,101:关闭未支付订单成功) */
  pay_status?: Int64;
  /** ticketCount 票数 */
  ticket_count?: Int64;
  /** busNumber 车次编号 */
  bus_number?: string;
  /** startStationName 出发车站 */
  start_station_name?: string;
  /** totalPrice 总价 */
  total_price?: Int64;
  /** refundStatus 退款状态:0 无申请 10-初始 20-无需退款 40-退款成功 */
  refund_status?: Int64;
  /** extAttr json格式的扩展信息，如自助机支付方式等 */
  ext_attr?: string;
  /** orderModel 1 自助机 0 线上订单 */
  order_model?: Int64;
  /** alipayTradeId 支付宝交易号 */
  alipay_trade_id?: string;
  /** 订单来源 window:窗口 self:自助机 */
  trade_source?: string;
  /** 支付方式：alipay：支付宝 wechat：微信 */
  pay_mode?: string;
  /** 自助机机器编号 */
  machine_number?: string;
}

const REQUEST_SCHEMA = {
  from_date: 'String',
  page_size: 'Number',
  to_date: 'String',
  type: 'String',
  page_index: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result_code: 'String',
  result_msg: 'String',
  is_success: 'Boolean',
  buso_main_order_history_page_v_o: {
    buso_main_order_history_v_o_list: [
      {
        last_place_name: 'String',
        schedule_id: 'String',
        gmt_create: 'String',
        start_city_name: 'String',
        issue_time: 'String',
        agent_id: 'Number',
        can_refund: 'Number',
        main_order_id: 'Number',
        order_status: 'Number',
        pay_time: 'String',
        discount_amount: 'Number',
        agent_order_id: 'String',
        start_time: 'String',
        refund_amount: 'Number',
        end_city_name: 'String',
        arrive_station_name: 'String',
        pay_status: 'Number',
        ticket_count: 'Number',
        bus_number: 'String',
        start_station_name: 'String',
        total_price: 'Number',
        refund_status: 'Number',
        ext_attr: 'String',
        order_model: 'Number',
        alipay_trade_id: 'String',
        trade_source: 'String',
        pay_mode: 'String',
        machine_number: 'String',
      },
    ],
    current_page: 'Number',
    total_size: 'Number',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.bus.historyorder.get`: method, response root, request and response schemas. */
export const taobaoBusHistoryorderGetOperation = {
  method: 'taobao.bus.historyorder.get',
  responseRoot: 'bus_historyorder_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 历史订单查询（对账） — calls TOP method `taobao.bus.historyorder.get`.
 *
 * 历史订单查询，对账接口
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoBusHistoryorderGet(
  client: TopClient,
  request: TaobaoBusHistoryorderGetRequest,
  options?: CallOptions,
): Promise<TaobaoBusHistoryorderGetResponse> {
  return client.call<TaobaoBusHistoryorderGetResponse>(
    {
      method: 'taobao.bus.historyorder.get',
      responseRoot: 'bus_historyorder_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
