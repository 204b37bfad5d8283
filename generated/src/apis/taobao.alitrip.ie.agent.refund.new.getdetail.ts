// Generated from specs/ieagency/taobao.alitrip.ie.agent.refund.new.getdetail.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.alitrip.ie.agent.refund.new.getdetail` (查询申请单详情(新版)). */
export interface TaobaoAlitripIeAgentRefundNewGetdetailRequest {
  /** 请求 */
  param_refund_order_query_detail_rq?: TaobaoAlitripIeAgentRefundNewGetdetailRefundOrderQueryDetailRqInput;
}

/** Response of `taobao.alitrip.ie.agent.refund.new.getdetail`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoAlitripIeAgentRefundNewGetdetailResponse {
  /** 结果 */
  result?: TaobaoAlitripIeAgentRefundNewGetdetailRefundOrderQueryDetailRs;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `RefundOrderQueryDetailRq` of `taobao.alitrip.ie.agent.refund.new.getdetail`. */
export interface TaobaoAlitripIeAgentRefundNewGetdetailRefundOrderQueryDetailRqInput {
  /** 代理商ID */
  agent_id?: Int64Input;
  /** 申请单ID */
  refund_order_id?: Int64Input;
}

/** `RefundOrderQueryDetailRs` of `taobao.alitrip.ie.agent.refund.new.getdetail`. */
export interface TaobaoAlitripIeAgentRefundNewGetdetailRefundOrderQueryDetailRs {
  /** 错误码 */
  api_error_code?: Int64;
  /** 错误描述 */
  api_error_msg?: string;
  /** 错误trace */
  err_trace?: string;
  /** 失败 */
  failure?: boolean;
  /** 机器名称 */
  host_name?: string;
  /** 申请单详情 */
  refund_order_vo?: TaobaoAlitripIeAgentRefundNewGetdetailRefundOrderVo;
  /** 成功 */
  success?: boolean;
}

/** `RefundOrderVo` of `taobao.alitrip.ie.agent.refund.new.getdetail`. */
export interface TaobaoAlitripIeAgentRefundNewGetdetailRefundOrderVo {
  /** 代理商ID */
  agent_id?: Int64;
  /** 正向订单ID */
  order_id?: Int64;
  /** 业务状态(INIT(10, "已提交待处理"), WAIT_ADMIN_PROCESS(20, "待人工处理")),配合主状态使用 */
  refund_biz_status?: Int64;
  /** 退商品信息 */
  refund_item_vo?: TaobaoAlitripIeAgentRefundNewGetdetailRefundItemVo;
  /** 申请单详情 */
  refund_order_detail_vo?: TaobaoAlitripIeAgentRefundNewGetdetailRefundOrderDetailVo;
  /** 退票申请单ID */
  refund_order_id?: Int64;
  /** 申请单状态(WAIT(1,"待处理"), AGREED(2, "已同意"),REFUSE(3, "已拒绝"),PROCESS(6, "已受理"), SUCCESS(7, "已退款") */
  refund_order_status?: Int64;
  /** 乘机人费用列表 */
  refund_passenger_fee_vos?: TaobaoAlitripIeAgentRefundNewGetdetailRefundPassengerFeeVo[];
  /** 退票乘机人列表 */
  refund_passenger_vos?: TaobaoAlitripIeAgentRefundNewGetdetailRefundPassengerVo[];
  /** 支付状态(INIT(1, "初始化"), REFUND_FAIL(2, "退款失败"), REFUND_SUCCESS(3, "退款成功") */
  refund_pay_status?: Int64;
  /** 原因 */
  refund_reason_do?: TaobaoAlitripIeAgentRefundNewGetdetailIeRefundReasonDo;
  /** 总退给买家金额(单位:分) */
  total_refund_to_buyer_money?: Int64;
  /** 总活动收回金额(单位:分) */
  total_take_back_activity_money?: Int64;
  /** 改签信息 */
  change_simple_vo?: TaobaoAlitripIeAgentRefundNewGetdetailChangeSimpleVo;
  /** 催退 */
  urgent_refund_vo?: TaobaoAlitripIeAgentRefundNewGetdetailUrgentRefundVO;
}

/** `RefundItemVo` of `taobao.alitrip.ie.agent.refund.new.getdetail`. */
export interface TaobaoAlitripIeAgentRefundNewGetdetailRefundItemVo {
  /** 乘机人类型价格信息 */
  passenger_type_prices?: TaobaoAlitripIeAgentRefundNewGetdetailRefundPassengerTypePrice[];
  /** 行程信息 */
  refund_itinerary_flights?: TaobaoAlitripIeAgentRefundNewGetdetailRefundItineraryVo[];
}

/** `RefundPassengerTypePrice` of `taobao.alitrip.ie.agent.refund.new.getdetail`. */
export interface TaobaoAlitripIeAgentRefundNewGetdetailRefundPassengerTypePrice {
  /** 机票价格信息 */
  flight_price?: TaobaoAlitripIeAgentRefundNewGetdetailRefundFlightPrice;
  /** 乘机人类型(Adult(0, "成人"), Child(1, "儿童"), StudentAbroad(2, "留学生"), Infant(3, "婴儿") */
  passenger_type?: Int64;
}

/** `RefundFlightPrice` of `taobao.alitrip.ie.agent.refund.new.getdetail`. */
export interface TaobaoAlitripIeAgentRefundNewGetdetailRefundFlightPrice {
  /** 税费价格(单位：分) */
  tax_price?: Int64;
  /** 机票价格(单位:分) */
  ticket_price?: Int64;
}

/** `RefundItineraryVo` of `taobao.alitrip.ie.agent.refund.new.getdetail`. */
export interface TaobaoAlitripIeAgentRefundNewGetdetailRefundItineraryVo {
  /** 到达机场 */
  arr_airport_code?: string;
  /** 出发机场 */
  dep_airport_code?: string;
  /** 出发时间 */
  dep_date?: string;
  /** 行程序号 */
  index?: Int64;
  /** 航班列表 */
  refund_flight_segment_vos?: TaobaoAlitripIeAgentRefundNewGetdetailRefundFlightSegmentVo[];
}

/** `RefundFlightSegmentVo` of `taobao.alitrip.ie.agent.refund.new.getdetail`. */
export interface TaobaoAlitripIeAgentRefundNewGetdetailRefundFlightSegmentVo {
  /** 到达机场 */
  arr_airport?: string;
  /** 到达城市 */
  arr_city?: string;
  /** 到达航站楼 */
  arr_terminal?: string;
  /** 到达时间 */
  arr_time?: string;
  /** 共享编码 */
  code_share?: boolean;
  /** 出发机场 */
  dep_airport?: string;
  /** 出发城市 */
  dep_city?: string;
  /** 出发航站楼 */
  dep_terminal?: string;
  /** 出发时间 */
  dep_time?: string;
  /** 航段ID */
  id?: Int64;
  /** 行程序号 */
  itinerary_index?: Int64;
  /** 主航段 */
  main_segment?: boolean;
  /** 市场方航司 */
  marketing_airline?: string;
  /** 市场方航班号 */
  marketing_flight_number?: string;
  /** 执行方航班号 */
  operating_airline?: string;
  /** 执行航班号 */
  operating_flight_number?: string;
  /** 航段序号 */
  segment_index?: Int64;
}

/** `RefundOrderDetailVo` of `taobao.alitrip.ie.agent.refund.new.getdetail`. */
export interface TaobaoAlitripIeAgentRefundNewGetdetailRefundOrderDetailVo {
  /** 商家回复 */
  agree_answer?: string;
  /** 同意时间 */
  agree_time?: string;
  /** 是否补退 */
  bui_tui?: boolean;
  /** 极速类型 */
  instant_type?: Int64;
  /** 最晚处理时间 */
  latest_process_time?: string;
  /** 多次退次数 */
  multi_refund_index?: Int64;
  /** 接受回复 */
  receive_answer?: string;
  /** 接受退票时间 */
  receive_time?: string;
  /** 申请单退商品粒度 */
  refund_ticket_dimension?: Int64;
  /** 拒绝答复 */
  refuse_answer?: string;
  /** 拒绝时间 */
  refuse_time?: string;
  /** 限时免费退 */
  time_limit_refund?: boolean;
  /** 创建时间 */
  apply_time?: string;
  /** 模型版本 */
  model_version?: string;
}

/** `RefundPassengerFeeVo` of `taobao.alitrip.ie.agent.refund.new.getdetail`. */
export interface TaobaoAlitripIeAgentRefundNewGetdetailRefundPassengerFeeVo {
  /** 已使用票总价(单位:分) */
  already_used_total_pirce?: Int64;
  /** 改签不可退服务费(单位：分) */
  non_refundable_change_service_fee?: Int64;
  /** 改签不可退升舱费(单位:分) */
  non_refundable_change_upgrade_fee?: Int64;
  /** 机票不可退税费(单位:分) */
  non_refundable_tax_price?: Int64;
  /** 机票不可退票价(单位:分) */
  non_refundable_ticket_price?: Int64;
  /** 乘机人ID */
  passenger_id?: Int64;
  /** 活动列表 */
  refund_activity_vos?: TaobaoAlitripIeAgentRefundNewGetdetailRefundActivityVo[];
  /** 乘机人退总金额(单位:分) */
  refund_to_buyer_money?: Int64;
  /** 乘机人红包收回(单位:分) */
  take_back_activity_money?: Int64;
}

/** `RefundActivityVo` of `taobao.alitrip.ie.agent.refund.new.getdetail`. */
export interface TaobaoAlitripIeAgentRefundNewGetdetailRefundActivityVo {
  /** 活动名称 */
  name?: string;
  /** 活动收回金额(单位：分) */
  take_back_price?: Int64;
}

/** `RefundPassengerVo` of `taobao.alitrip.ie.agent.refund.new.getdetail`. */
export interface TaobaoAlitripIeAgentRefundNewGetdetailRefundPassengerVo {
  /** 乘机人ID */
  passener_id?: Int64;
  /** 乘机人姓名 */
  passenger_name?: string;
  /** 乘机人类型(Adult(0, "成人"), Child(1, "儿童"), StudentAbroad(2, "留学生"), Infant(3, "婴儿") */
  passenger_type?: Int64;
}

/** `IeRefundReasonDo` of `taobao.alitrip.ie.agent.refund.new.getdetail`. */
export interface TaobaoAlitripIeAgentRefundNewGetdetailIeRefundReasonDo {
  /** 原因描述 */
  reason?: string;
  /** 原因类型 */
  reason_type?: Int64;
}

/** `ChangeSimpleVo` of `taobao.alitrip.ie.agent.refund.new.getdetail`. */
export interface TaobaoAlitripIeAgentRefundNewGetdetailChangeSimpleVo {
  /** 乘机人改签费用(单位:分) */
  passenger_change_fee_vos?: TaobaoAlitripIeAgentRefundNewGetdetailPassengerChangeFeeVo;
  /** 总改签服务费(单位:分） */
  total_change_service_fee?: string;
  /** 总改签升舱费(单位:分) */
  total_change_upgrade_fee?: Int64;
  /** 是否有成功改签过 */
  had_changed?: boolean;
}

/** `PassengerChangeFeeVo` of `taobao.alitrip.ie.agent.refund.new.getdetail`. */
export interface TaobaoAlitripIeAgentRefundNewGetdetailPassengerChangeFeeVo {
  /** 改签升舱费(单位:分） */
  change_upgrade_fee?: Int64;
  /** 改签服务费(单位:分） */
  change_service_fee?: Int64;
  /** 乘机人ID */
  passenger_id?: Int64;
}

/** `UrgentRefundVO` of `taobao.alitrip.ie.agent.refund.new.getdetail`. */
export interface TaobaoAlitripIeAgentRefundNewGetdetailUrgentRefundVO {
  /** 催退次数 */
  count?: Int64;
  /** 是否触发了强制退款 */
  force_refund?: boolean;
  /** 最新要求商家处理时间 */
  latest_urgent_to_seller_finish_time?: string;
  /** 最新平台承若用户完成时间 */
  latest_urgent_to_buyer_promise_time?: string;
  /** 最新催退时间 */
  latest_request_date?: string;
  /** 催退历史记录 */
  urgent_refund_history?: TaobaoAlitripIeAgentRefundNewGetdetailUrgentRefundHistoryDO[];
}

/** `UrgentRefundHistoryDO` of `taobao.alitrip.ie.agent.refund.new.getdetail`. */
export interface TaobaoAlitripIeAgentRefundNewGetdetailUrgentRefundHistoryDO {
  /** 第num次催退 */
  num?: Int64;
  /** 催退时间 */
  request_date?: string;
  /** 要求商家处理时间 */
  urgent_to_seller_finish_time?: string;
  /** 平台承若用户完成时间 */
  urgent_to_buyer_promise_time?: string;
}

const REQUEST_SCHEMA = {
  param_refund_order_query_detail_rq: {
    agent_id: 'Number',
    refund_order_id: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    api_error_code: 'Number',
    api_error_msg: 'String',
    err_trace: 'String',
    failure: 'Boolean',
    host_name: 'String',
    refund_order_vo: {
      agent_id: 'Number',
      order_id: 'Number',
      refund_biz_status: 'Number',
      refund_item_vo: {
        passenger_type_prices: [
          {
            flight_price: {
              tax_price: 'Number',
              ticket_price: 'Number',
            },
            passenger_type: 'Number',
          },
        ],
        refund_itinerary_flights: [
          {
            arr_airport_code: 'String',
            dep_airport_code: 'String',
            dep_date: 'Date',
            index: 'Number',
            refund_flight_segment_vos: [
              {
                arr_airport: 'String',
                arr_city: 'String',
                arr_terminal: 'String',
                arr_time: 'Date',
                code_share: 'Boolean',
                dep_airport: 'String',
                dep_city: 'String',
                dep_terminal: 'String',
                dep_time: 'Date',
                id: 'Number',
                itinerary_index: 'Number',
                main_segment: 'Boolean',
                marketing_airline: 'String',
                marketing_flight_number: 'String',
                operating_airline: 'String',
                operating_flight_number: 'String',
                segment_index: 'Number',
              },
            ],
          },
        ],
      },
      refund_order_detail_vo: {
        agree_answer: 'String',
        agree_time: 'Date',
        bui_tui: 'Boolean',
        instant_type: 'Number',
        latest_process_time: 'Date',
        multi_refund_index: 'Number',
        receive_answer: 'String',
        receive_time: 'Date',
        refund_ticket_dimension: 'Number',
        refuse_answer: 'String',
        refuse_time: 'Date',
        time_limit_refund: 'Boolean',
        apply_time: 'Date',
        model_version: 'String',
      },
      refund_order_id: 'Number',
      refund_order_status: 'Number',
      refund_passenger_fee_vos: [
        {
          already_used_total_pirce: 'Number',
          non_refundable_change_service_fee: 'Number',
          non_refundable_change_upgrade_fee: 'Number',
          non_refundable_tax_price: 'Number',
          non_refundable_ticket_price: 'Number',
          passenger_id: 'Number',
          refund_activity_vos: [
            {
              name: 'String',
              take_back_price: 'Number',
            },
          ],
          refund_to_buyer_money: 'Number',
          take_back_activity_money: 'Number',
        },
      ],
      refund_passenger_vos: [
        {
          passener_id: 'Number',
          passenger_name: 'String',
          passenger_type: 'Number',
        },
      ],
      refund_pay_status: 'Number',
      refund_reason_do: {
        reason: 'String',
        reason_type: 'Number',
      },
      total_refund_to_buyer_money: 'Number',
      total_take_back_activity_money: 'Number',
      change_simple_vo: {
        passenger_change_fee_vos: {
          change_upgrade_fee: 'Number',
          change_service_fee: 'Number',
          passenger_id: 'Number',
        },
        total_change_service_fee: 'String',
        total_change_upgrade_fee: 'Number',
        had_changed: 'Boolean',
      },
      urgent_refund_vo: {
        count: 'Number',
        force_refund: 'Boolean',
        latest_urgent_to_seller_finish_time: 'Date',
        latest_urgent_to_buyer_promise_time: 'Date',
        latest_request_date: 'Date',
        urgent_refund_history: [
          {
            num: 'Number',
            request_date: 'Date',
            urgent_to_seller_finish_time: 'Date',
            urgent_to_buyer_promise_time: 'Date',
          },
        ],
      },
    },
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.alitrip.ie.agent.refund.new.getdetail`: method, response root, request and response schemas. */
export const taobaoAlitripIeAgentRefundNewGetdetailOperation = {
  method: 'taobao.alitrip.ie.agent.refund.new.getdetail',
  responseRoot: 'alitrip_ie_agent_refund_new_getdetail_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询申请单详情(新版) — calls TOP method `taobao.alitrip.ie.agent.refund.new.getdetail`.
 *
 * 查询申请单详情
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoAlitripIeAgentRefundNewGetdetail(
  client: TopClient,
  request: TaobaoAlitripIeAgentRefundNewGetdetailRequest = {},
  options?: CallOptions,
): Promise<TaobaoAlitripIeAgentRefundNewGetdetailResponse> {
  return client.call<TaobaoAlitripIeAgentRefundNewGetdetailResponse>(
    {
      method: 'taobao.alitrip.ie.agent.refund.new.getdetail',
      responseRoot: 'alitrip_ie_agent_refund_new_getdetail_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
