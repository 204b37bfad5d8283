// Generated from specs/btrip/alitrip.btrip.open.supplychain.train.trade.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.btrip.open.supplychain.train.trade` (商旅火车票交易流水接口). */
export interface AlitripBtripOpenSupplychainTrainTradeRequest {
  /** 入参 */
  rq?: AlitripBtripOpenSupplychainTrainTradeOpenApiZzdSearchRqInput;
}

/** Response of `alitrip.btrip.open.supplychain.train.trade`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripBtripOpenSupplychainTrainTradeResponse {
  /** 出参 */
  result?: AlitripBtripOpenSupplychainTrainTradeHisvResultSupport;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `OpenApiZzdSearchRq` of `alitrip.btrip.open.supplychain.train.trade`. */
export interface AlitripBtripOpenSupplychainTrainTradeOpenApiZzdSearchRqInput {
  /** 第三方企业ID */
  thirdpart_corp_id: string;
  /** 订单号 */
  order_id?: Int64Input;
  /** 结算结束时间 */
  end_date?: string;
  /** 每页条数 */
  page_size: Int64Input;
  /** 第三方用户ID */
  user_id?: string;
  /** 商旅审批单号 */
  apply_id?: Int64Input;
  /** 页数 */
  page: Int64Input;
  /** 第三方交易id */
  trade_id?: string;
  /** 结算开始时间 */
  start_date?: string;
}

/** `HisvResultSupport` of `alitrip.btrip.open.supplychain.train.trade`. */
export interface AlitripBtripOpenSupplychainTrainTradeHisvResultSupport {
  /** 是否成功 */
  success?: boolean;
  /** 出参 */
  trade_list?: AlitripBtripOpenSupplychainTrainTradeOpenApiZzdTrainOrderRs[];
  /** 错误码 */
  result_code?: Int64;
  /** 错误信息 */
  result_msg?: string;
}

/** `OpenApiZzdTrainOrderRs` of `alitrip.btrip.open.supplychain.train.trade`. */
export interface AlitripBtripOpenSupplychainTrainTradeOpenApiZzdTrainOrderRs {
  /** tmc收取的服务费（分） */
  service_fee?: Int64;
  /** tmc收取的退订服务费（分） */
  refund_service_fee?: Int64;
  /** 退票费（分），退票退回的钱 */
  refund_fee?: Int64;
  /** 个人支付（分），当pay_type是个人支付时有值 */
  personal_amount?: Int64;
  /** 企业支付（分），当pay_type是企业支付时有值 */
  corp_amount?: Int64;
  /** 总结算金额（分） */
  amount?: Int64;
  /** 结算方式:1个人支付，2企业现付，3预存，4月结 */
  settle_type?: Int64;
  /** 支付类型,0:企业支付，1:个人支付 */
  pay_type?: Int64;
  /** 订单状态改变时间 */
  gmt_modified?: string;
  /** 创建时间 */
  gmt_create?: string;
  /** 订单状态：-1, "订单初始化,此状态订单对用户不可见" 0, "待支付" 1, "出票中" 2, "已关闭" 3, "有改签单" 4, "有退票单" 5, "出票完成" 6, "退票申请中" 7, "改签申请中" 9, "出票失败" 10, "改签失败" 11, "退票失败"; */
  status?: string;
  /** 申请单标题 */
  apply_title?: string;
  /** 第三方申请单id */
  third_part_apply_id?: string;
  /** 商旅审批单id */
  apply_id?: Int64;
  /** 部门名称 */
  depart_name?: string;
  /** 用户名称 */
  user_nick?: string;
  /** 用户ID */
  user_id?: string;
  /** 第三方企业ID */
  thirdpart_corp_id?: string;
  /** 商旅企业ID */
  corp_id?: string;
  /** 订单号 */
  order_id?: Int64;
  /** 资金流向:1:支出，2:收入 */
  trade_action?: Int64;
  /** 费用类型 1预定成功2退票成功3改签成功4差额退款6线下退票改签退款7火车票服务费8火车票赔付9火车票改签服务费10出票失败退款 */
  trade_type?: Int64;
  /** 第三方交易ID */
  trade_id?: string;
  /** 货币种类 */
  currency?: string;
  /** 结算批次：该订单结算时间 */
  settlement_batch_no?: string;
  /** 差标（分） */
  travel_standard_amount?: Int64;
  /** 商旅发票ID */
  invoice_id?: string;
  /** 发票抬头 */
  invoice_title?: string;
  /** 项目编号 */
  project_code?: string;
  /** 项目名称 */
  project_title?: string;
  /** 第三方行程单号 */
  thirdpart_itinerary_id?: string;
  /** 商旅行程单号 */
  itinerary_no?: string;
  /** 成本中心信息 */
  cost_center_list?: AlitripBtripOpenSupplychainTrainTradeCostCenterDo[];
  /** 用户信息 */
  client_info_dos?: AlitripBtripOpenSupplychainTrainTradeClientInfoDo[];
  /** 改签费（分），改签补的差价 */
  change_fee?: Int64;
  /** tmc收取的改签服务费（分） */
  change_service_fee?: Int64;
  /** 票数 */
  ticket_count?: Int64;
  /** 乘客人数 */
  passenger_count?: Int64;
  /** 票信息，老火车票的票信息为空 */
  btrip_train_open_ticket_do_list?: AlitripBtripOpenSupplychainTrainTradeBtripTrainOpenTicketDo[];
  /** 12306收取的改签手续费（分） */
  change_charge_fee?: Int64;
  /** 12306收取的退票手续费（分） */
  refund_charge_fee?: Int64;
  /** 是否是改签流水 */
  is_changed?: boolean;
  /** 是否是退票流水 */
  is_refund?: boolean;
}

/** `CostCenterDo` of `alitrip.btrip.open.supplychain.train.trade`. */
export interface AlitripBtripOpenSupplychainTrainTradeCostCenterDo {
  /** 商旅成本中心ID */
  cost_center_id?: Int64;
  /** 成本中心名称 */
  cost_center_title?: string;
  /** 成本中心编号 */
  cost_center_number?: string;
  /** 第三方成本中心ID */
  third_cost_center_id?: string;
}

/** `ClientInfoDo` of `alitrip.btrip.open.supplychain.train.trade`. */
export interface AlitripBtripOpenSupplychainTrainTradeClientInfoDo {
  /** 第三方用户ID */
  user_id?: string;
  /** 用户名称 */
  user_name?: string;
}

/** `BtripTrainOpenTicketDo` of `alitrip.btrip.open.supplychain.train.trade`. */
export interface AlitripBtripOpenSupplychainTrainTradeBtripTrainOpenTicketDo {
  /** 车次号 */
  train_no?: string;
  /** 是否退改 */
  is_changed?: boolean;
  /** 车次类型 */
  train_type?: string;
  /** 出发时间 */
  dep_time?: string;
  /** 到达时间 */
  arr_time?: string;
  /** 运行时长 */
  run_time?: string;
  /** 出发城市 */
  dep_city?: string;
  /** 到达城市 */
  arr_city?: string;
  /** 出发车站 */
  dep_station?: string;
  /** 到达车站 */
  arr_station?: string;
  /** 坐席 */
  seat?: string;
  /** 票价（分） */
  ticket_price?: Int64;
  /** tmc收取的服务费（分） */
  service_fee?: Int64;
  /** 乘客名字 */
  passenger_name?: string;
  /** 原票价（分） */
  origin_ticket_price?: Int64;
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
    trade_list: [
      {
        service_fee: 'Number',
        refund_service_fee: 'Number',
        refund_fee: 'Number',
        personal_amount: 'Number',
        corp_amount: 'Number',
        amount: 'Number',
        settle_type: 'Number',
        pay_type: 'Number',
        gmt_modified: 'String',
        gmt_create: 'String',
        status: 'String',
        apply_title: 'String',
        third_part_apply_id: 'String',
        apply_id: 'Number',
        depart_name: 'String',
        user_nick: 'String',
        user_id: 'String',
        thirdpart_corp_id: 'String',
        corp_id: 'String',
        order_id: 'Number',
        trade_action: 'Number',
        trade_type: 'Number',
        trade_id: 'String',
        currency: 'String',
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
        client_info_dos: [
          {
            user_id: 'String',
            user_name: 'String',
          },
        ],
        change_fee: 'Number',
        change_service_fee: 'Number',
        ticket_count: 'Number',
        passenger_count: 'Number',
        btrip_train_open_ticket_do_list: [
          {
            train_no: 'String',
            is_changed: 'Boolean',
            train_type: 'String',
            dep_time: 'Date',
            arr_time: 'Date',
            run_time: 'String',
            dep_city: 'String',
            arr_city: 'String',
            dep_station: 'String',
            arr_station: 'String',
            seat: 'String',
            ticket_price: 'Number',
            service_fee: 'Number',
            passenger_name: 'String',
            origin_ticket_price: 'Number',
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

/** Static description of `alitrip.btrip.open.supplychain.train.trade`: method, response root, request and response schemas. */
export const alitripBtripOpenSupplychainTrainTradeOperation = {
  method: 'alitrip.btrip.open.supplychain.train.trade',
  responseRoot: 'alitrip_btrip_open_supplychain_train_trade_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 商旅火车票交易流水接口 — calls TOP method `alitrip.btrip.open.supplychain.train.trade`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripBtripOpenSupplychainTrainTrade(
  client: TopClient,
  request: AlitripBtripOpenSupplychainTrainTradeRequest = {},
  options?: CallOptions,
): Promise<AlitripBtripOpenSupplychainTrainTradeResponse> {
  return client.call<AlitripBtripOpenSupplychainTrainTradeResponse>(
    {
      method: 'alitrip.btrip.open.supplychain.train.trade',
      responseRoot: 'alitrip_btrip_open_supplychain_train_trade_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
