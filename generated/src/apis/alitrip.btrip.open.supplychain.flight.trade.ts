// Generated from specs/btrip/alitrip.btrip.open.supplychain.flight.trade.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.btrip.open.supplychain.flight.trade` (【商旅】机票交易流水查询接口). */
export interface AlitripBtripOpenSupplychainFlightTradeRequest {
  /** 入参对象 */
  rq?: AlitripBtripOpenSupplychainFlightTradeOpenApiZzdSearchRqInput;
}

/** Response of `alitrip.btrip.open.supplychain.flight.trade`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripBtripOpenSupplychainFlightTradeResponse {
  /** 出参 */
  result?: AlitripBtripOpenSupplychainFlightTradeHisvResultSupport;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `OpenApiZzdSearchRq` of `alitrip.btrip.open.supplychain.flight.trade`. */
export interface AlitripBtripOpenSupplychainFlightTradeOpenApiZzdSearchRqInput {
  /** 第三方企业ID */
  thirdpart_corp_id: string;
  /** 订单ID */
  order_id?: Int64Input;
  /** 结算结束日期 */
  end_date?: string;
  /** 每页数量 */
  page_size: Int64Input;
  /** 第三方用户ID */
  user_id?: string;
  /** 商旅申请单号 */
  apply_id?: Int64Input;
  /** 第几页 */
  page: Int64Input;
  /** 第三方交易号 */
  trade_id?: string;
  /** 结算开始时间 */
  start_date?: string;
}

/** `HisvResultSupport` of `alitrip.btrip.open.supplychain.flight.trade`. */
export interface AlitripBtripOpenSupplychainFlightTradeHisvResultSupport {
  /** 请求是否成功 */
  success?: boolean;
  /** 出参 */
  module_list?: AlitripBtripOpenSupplychainFlightTradeOpenApiZzdFlightOrderRs[];
  /** 错误码 */
  result_code?: Int64;
  /** 错误信息 */
  result_msg?: string;
}

/** `OpenApiZzdFlightOrderRs` of `alitrip.btrip.open.supplychain.flight.trade`. */
export interface AlitripBtripOpenSupplychainFlightTradeOpenApiZzdFlightOrderRs {
  /** 第三方交易号 */
  trade_id?: string;
  /** '交易类型：1:机票预订，2:机票改签，3:保险费，4:行程单邮寄费，6：机票退票手续费，101：预订退款，102:改签退款，103:保险退款，104:行程单邮寄退款，105：机票赔付，106:机票改签服务费 */
  trade_type?: Int64;
  /** 资金流向:1:支出，2:收入 */
  trade_action?: Int64;
  /** 订单id */
  order_id?: Int64;
  /** 商旅企业ID */
  corp_id?: string;
  /** 第三方企业ID */
  thirdpart_corp_id?: string;
  /** 第三方用户ID */
  user_id?: string;
  /** 第三方用户姓名 */
  user_nick?: string;
  /** 部门名称 */
  depart_name?: string;
  /** 申请单ID */
  apply_id?: Int64;
  /** 第三方申请单ID */
  third_part_apply_id?: string;
  /** 审批单名称 */
  apply_title?: string;
  /** 订单状态：0, "待支付";1, "出票中";2, "已关闭";3,"有改签单";4, "有退票单";5, "出票成功";6, "退票申请中";7, "改签申请中";10, "订单关闭"; */
  status?: string;
  /** 创建时间 */
  gmt_create?: string;
  /** 订单状态改变时间 */
  gmt_modified?: string;
  /** 0:企业支付，1:个人支付 */
  pay_type?: Int64;
  /** 结算方式：1：个人现付，2:企业现付,4:企业月结，8、企业预存' */
  settle_type?: Int64;
  /** 总结算金额（分） */
  amount?: Int64;
  /** 企业支付金额（分），当pay_type是企业支付时有值 */
  corp_amount?: Int64;
  /** 个人支付金额（分），当pay_type是个人支付时有值 */
  personal_amount?: Int64;
  /** 退票费（分），改签退款/预订退款 退回的钱 */
  refund_fee?: Int64;
  /** tmc收取的退票服务费（分） */
  refund_service_fee?: Int64;
  /** tmc收取的预订服务费（分） */
  service_fee?: Int64;
  /** 货币类型 */
  currency?: string;
  /** 审批人名称，多个/分开 */
  approver?: string;
  /** 结算批次：corpidyyyymm（该订单结算时间） */
  settlement_batch_no?: string;
  /** 差标金额（分） */
  travel_standard_amount?: Int64;
  /** 商旅发票ID */
  invoice_id?: string;
  /** 发票抬头 */
  invoice_title?: string;
  /** 项目编号 */
  project_code?: string;
  /** 项目名称 */
  project_title?: string;
  /** 第三方行程id */
  thirdpart_itinerary_id?: string;
  /** 行程id */
  itinerary_no?: string;
  /** 成本中心信息 */
  cost_center_list?: AlitripBtripOpenSupplychainFlightTradeCostCenterDo[];
  /** 乘机人列表信息 */
  client_infodos?: AlitripBtripOpenSupplychainFlightTradeClientInfoDo[];
  /** 改签费用（分） */
  change_fee?: Int64;
  /** tmc收取的改签服务费（分） */
  change_service_fee?: Int64;
  /** 行程单邮费 */
  delivery_fee?: Int64;
  /** 保险费用（分） */
  insurance_fee?: Int64;
  /** 票张数 */
  ticket_count?: Int64;
  /** 乘机人数量 */
  passenger_count?: Int64;
  /** 票据信息 */
  ticketdos?: AlitripBtripOpenSupplychainFlightTradeOpenTicketDo[];
  /** 航司收取的改签手续费 */
  change_charge_fee?: Int64;
  /** 航司收取的退票手续费 */
  refund_charge_fee?: Int64;
  /** 是否是改签流水 */
  is_changed?: boolean;
  /** 是否是退票流水 */
  is_refund?: boolean;
}

/** `CostCenterDo` of `alitrip.btrip.open.supplychain.flight.trade`. */
export interface AlitripBtripOpenSupplychainFlightTradeCostCenterDo {
  /** 成本中心ID */
  cost_center_id?: Int64;
  /** 成本中心名称 */
  cost_center_title?: string;
  /** 成本中心编码 */
  cost_center_number?: string;
  /** 第三方成本中心id */
  third_cost_center_id?: string;
}

/** `ClientInfoDo` of `alitrip.btrip.open.supplychain.flight.trade`. */
export interface AlitripBtripOpenSupplychainFlightTradeClientInfoDo {
  /** 乘机人id */
  user_id?: string;
  /** 乘机人姓名 */
  user_name?: string;
}

/** `OpenTicketDo` of `alitrip.btrip.open.supplychain.flight.trade`. */
export interface AlitripBtripOpenSupplychainFlightTradeOpenTicketDo {
  /** 机票号 */
  ticket_no?: string;
  /** 是否改签票（true：是；false：否） */
  is_changed?: boolean;
  /** 原改签票号 */
  origin_ticket_no?: string;
  /** 航班号 */
  flight_no?: string;
  /** 航空公司名称 */
  airline_company?: string;
  /** 航空公司编码 */
  airline_code?: string;
  /** 出发时间 */
  dep_time?: string;
  /** 到达时间 */
  arr_time?: string;
  /** 出发城市 */
  dep_city_name?: string;
  /** 到达城市 */
  arr_city_name?: string;
  /** 出发机场三字码 */
  dep_airport?: string;
  /** 到达机场三字码 */
  arr_airport?: string;
  /** 出发机场名称 */
  dep_airport_name?: string;
  /** 到达机场名称 */
  arr_airport_name?: string;
  /** 舱位 */
  cabin?: string;
  /** 舱等 */
  cabinclass?: string;
  /** 票价（分） */
  ticket_price?: string;
  /** 折扣 */
  discount?: string;
  /** 保险费（分） */
  insurance_fee?: Int64;
  /** 燃油费（分） */
  oil?: Int64;
  /** 基建（分） */
  build?: Int64;
  /** 货币类型 */
  currency?: string;
  /** 行程单号 */
  itinerary_num?: string;
  /** 乘机人 */
  passenger_name?: string;
  /** 保险单号 */
  insure_no?: string;
  /** 状态：1已出保 2已退保 */
  insure_status?: string;
  /** 乘机人(保险人)姓名 */
  insure_name?: string;
  /** 飞行时长（分钟），未去除经停时间 */
  ride_time?: Int64;
}

const REQUEST_SCHEMA = {
  rq: {
    thirdpart_corp_id: 'String',
    order_id: 'Number',
    end_date: 'String',
    page_size: 'Number',
    user_id: 'String',
    apply_id: 'Number',
    page: 'Number',
    trade_id: 'String',
    start_date: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    module_list: [
      {
        trade_id: 'String',
        trade_type: 'Number',
        trade_action: 'Number',
        order_id: 'Number',
        corp_id: 'String',
        thirdpart_corp_id: 'String',
        user_id: 'String',
        user_nick: 'String',
        depart_name: 'String',
        apply_id: 'Number',
        third_part_apply_id: 'String',
        apply_title: 'String',
        status: 'String',
        gmt_create: 'String',
        gmt_modified: 'String',
        pay_type: 'Number',
        settle_type: 'Number',
        amount: 'Number',
        corp_amount: 'Number',
        personal_amount: 'Number',
        refund_fee: 'Number',
        refund_service_fee: 'Number',
        service_fee: 'Number',
        currency: 'String',
        approver: 'String',
        settlement_batch_no: 'String',
        travel_standard_amount: 'Number',
        invoice_id: 'String',
        invoice_title: 'String',
        project_code: 'String',
        project_title: 'String',
        thirdpart_itinerary_id: 'String',
        itinerary_no: 'String',
        cost_center_list: [
          {
            cost_center_id: 'Number',
            cost_center_title: 'String',
            cost_center_number: 'String',
            third_cost_center_id: 'String',
          },
        ],
        client_infodos: [
          {
            user_id: 'String',
            user_name: 'String',
          },
        ],
        change_fee: 'Number',
        change_service_fee: 'Number',
        delivery_fee: 'Number',
        insurance_fee: 'Number',
        ticket_count: 'Number',
        passenger_count: 'Number',
        ticketdos: [
          {
            ticket_no: 'String',
            is_changed: 'Boolean',
            origin_ticket_no: 'String',
            flight_no: 'String',
            airline_company: 'String',
            airline_code: 'String',
            dep_time: 'Date',
            arr_time: 'Date',
            dep_city_name: 'String',
            arr_city_name: 'String',
            dep_airport: 'String',
            arr_airport: 'String',
            dep_airport_name: 'String',
            arr_airport_name: 'String',
            cabin: 'String',
            cabinclass: 'String',
            ticket_price: 'String',
            discount: 'String',
            insurance_fee: 'Number',
            oil: 'Number',
            build: 'Number',
            currency: 'String',
            itinerary_num: 'String',
            passenger_name: 'String',
            insure_no: 'String',
            insure_status: 'String',
            insure_name: 'String',
            ride_time: 'Number',
          },
        ],
        change_charge_fee: 'Number',
        refund_charge_fee: 'Number',
        is_changed: 'Boolean',
        is_refund: 'Boolean',
      },
    ],
    result_code: 'Number',
    result_msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alitrip.btrip.open.supplychain.flight.trade`: method, response root, request and response schemas. */
export const alitripBtripOpenSupplychainFlightTradeOperation = {
  method: 'alitrip.btrip.open.supplychain.flight.trade',
  responseRoot: 'alitrip_btrip_open_supplychain_flight_trade_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 【商旅】机票交易流水查询接口 — calls TOP method `alitrip.btrip.open.supplychain.flight.trade`.
 *
 * 【商旅】杭州市政府机票交易流水接口查询
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripBtripOpenSupplychainFlightTrade(
  client: TopClient,
  request: AlitripBtripOpenSupplychainFlightTradeRequest = {},
  options?: CallOptions,
): Promise<AlitripBtripOpenSupplychainFlightTradeResponse> {
  return client.call<AlitripBtripOpenSupplychainFlightTradeResponse>(
    {
      method: 'alitrip.btrip.open.supplychain.flight.trade',
      responseRoot: 'alitrip_btrip_open_supplychain_flight_trade_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
