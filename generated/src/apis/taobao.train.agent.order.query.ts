// Generated from specs/train/taobao.train.agent.order.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.train.agent.order.query` (订单详情查询). */
export interface TaobaoTrainAgentOrderQueryRequest {
  /** rq */
  param0?: TaobaoTrainAgentOrderQueryQueryOrderRQInput;
}

/** Response of `taobao.train.agent.order.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoTrainAgentOrderQueryResponse {
  /** rs */
  result?: TaobaoTrainAgentOrderQueryTapResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `QueryOrderRQ` of `taobao.train.agent.order.query`. */
export interface TaobaoTrainAgentOrderQueryQueryOrderRQInput {
  /** 主单号 */
  ttp_order_id: Int64Input;
}

/** `TapResult` of `taobao.train.agent.order.query`. */
export interface TaobaoTrainAgentOrderQueryTapResult {
  /** success */
  success?: boolean;
  /** 订单详情 */
  module?: TaobaoTrainAgentOrderQueryQueryOrderRS;
  /** 返回code */
  error_code?: Int64;
  /** 返回msg */
  error_msg?: string;
}

/** `QueryOrderRS` of `taobao.train.agent.order.query`. */
export interface TaobaoTrainAgentOrderQueryQueryOrderRS {
  /** 主单详情 */
  tap_order?: TaobaoTrainAgentOrderQueryTapOrderVO;
  /** 票详情 */
  ticket_infos?: TaobaoTrainAgentOrderQueryTicketInfoDTO[];
  /** 子单详情 */
  tap_sub_orders?: TaobaoTrainAgentOrderQueryTapSubOrderVO[];
}

/** `TapOrderVO` of `taobao.train.agent.order.query`. */
export interface TaobaoTrainAgentOrderQueryTapOrderVO {
  /** 主单号 */
  ttp_order_id?: Int64;
  /** 最晚出票时间 */
  last_issue_time?: string;
  /** 票数 */
  ticket_num?: Int64;
  /** 主单状态 */
  order_status_name?: string;
  /** 是否为紧急单 */
  emergency?: boolean;
  /** 支付方式（0 现金 1 电子支付） */
  vip_settle_mode?: Int64;
  /** 退改订单号 */
  tp_order_id?: Int64;
}

/** `TicketInfoDTO` of `taobao.train.agent.order.query`. */
export interface TaobaoTrainAgentOrderQueryTicketInfoDTO {
  /** 乘车人姓名 */
  passenger_name?: string;
  /** 乘车人类型 */
  passenger_type_code?: string;
  /** 手机号 */
  mobile_no?: string;
  /** 证件类型 */
  certificate_type_code?: string;
  /** 证件号 */
  certificate_no?: string;
}

/** `TapSubOrderVO` of `taobao.train.agent.order.query`. */
export interface TaobaoTrainAgentOrderQueryTapSubOrderVO {
  /** 主订单号 */
  ttp_order_id?: Int64;
  /** 子订单号 */
  sub_order_id?: Int64;
  /** 出发站 */
  from_station_name?: string;
  /** 出发站三字码 */
  from_station_telecode?: string;
  /** 到达站 */
  to_station_name?: string;
  /** 到达站三字码 */
  to_station_telecode?: string;
  /** 发车日期 */
  train_date?: string;
  /** 车次编号 */
  train_code?: string;
  /** 座席编号 */
  seat_type_code?: string;
  /** 座席名称 */
  seat_type_name?: string;
  /** 票价（单位 分） */
  ticket_price?: Int64;
  /** 在线选座参数(GDC支持在线选座，此坐席为优选坐席，出票员可以优先保证此字段解析的坐席) */
  online_book_seat?: string;
  /** 定制票类型（0:不指定坐席 1:下铺 2:下铺or中铺 3:过道 4:靠窗） */
  vip_custom_type?: Int64;
  /** 中转站三字码 */
  inter_change_station_telecode?: string;
  /** 中转站名称 */
  inter_change_station_name?: string;
  /** 程id */
  segment_id?: Int64;
  /** 程 序号（区分中转一、二程） */
  segment_index?: Int64;
  /** 出发时间 */
  from_time?: string;
  /** 到达时间 */
  to_time?: string;
  /** 子单状态 */
  status_name?: string;
  /** 是否为紧急单 */
  emergency?: boolean;
  /** 子单出票截止时间（yyyy-MM-dd HH:mm:ss） */
  last_issue_time?: string;
}

const REQUEST_SCHEMA = {
  param0: {
    ttp_order_id: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    module: {
      tap_order: {
        ttp_order_id: 'Number',
        last_issue_time: 'Date',
        ticket_num: 'Number',
        order_status_name: 'String',
        emergency: 'Boolean',
        vip_settle_mode: 'Number',
        tp_order_id: 'Number',
      },
      ticket_infos: [
        {
          passenger_name: 'String',
          passenger_type_code: 'String',
          mobile_no: 'String',
          certificate_type_code: 'String',
          certificate_no: 'String',
        },
      ],
      tap_sub_orders: [
        {
          ttp_order_id: 'Number',
          sub_order_id: 'Number',
          from_station_name: 'String',
          from_station_telecode: 'String',
          to_station_name: 'String',
          to_station_telecode: 'String',
          train_date: 'String',
          train_code: 'String',
          seat_type_code: 'String',
          seat_type_name: 'String',
          ticket_price: 'Number',
          online_book_seat: 'String',
          vip_custom_type: 'Number',
          inter_change_station_telecode: 'String',
          inter_change_station_name: 'String',
          segment_id: 'Number',
          segment_index: 'Number',
          from_time: 'String',
          to_time: 'String',
          status_name: 'String',
          emergency: 'Boolean',
          last_issue_time: 'String',
        },
      ],
    },
    error_code: 'Number',
    error_msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.train.agent.order.query`: method, response root, request and response schemas. */
export const taobaoTrainAgentOrderQueryOperation = {
  method: 'taobao.train.agent.order.query',
  responseRoot: 'train_agent_order_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 订单详情查询 — calls TOP method `taobao.train.agent.order.query`.
 *
 * 订单详情查询接口
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoTrainAgentOrderQuery(
  client: TopClient,
  request: TaobaoTrainAgentOrderQueryRequest = {},
  options?: CallOptions,
): Promise<TaobaoTrainAgentOrderQueryResponse> {
  return client.call<TaobaoTrainAgentOrderQueryResponse>(
    {
      method: 'taobao.train.agent.order.query',
      responseRoot: 'train_agent_order_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
