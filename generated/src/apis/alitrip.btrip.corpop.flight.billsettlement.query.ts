// Generated from specs/btrip/alitrip.btrip.corpop.flight.billsettlement.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.btrip.corpop.flight.billsettlement.query` (机票结算记账查询接口). */
export interface AlitripBtripCorpopFlightBillsettlementQueryRequest {
  /** 入参 */
  rq?: AlitripBtripCorpopFlightBillsettlementQueryOpenIsvBillSettlementSearchRqInput;
}

/** Response of `alitrip.btrip.corpop.flight.billsettlement.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripBtripCorpopFlightBillsettlementQueryResponse {
  /** 返回结果 */
  result?: AlitripBtripCorpopFlightBillsettlementQueryHisvResultSupport;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `OpenIsvBillSettlementSearchRq` of `alitrip.btrip.corpop.flight.billsettlement.query`. */
export interface AlitripBtripCorpopFlightBillsettlementQueryOpenIsvBillSettlementSearchRqInput {
  /** 第三方企业id */
  corp_id?: string;
  /** 每页数据量，默认10，最高100 */
  page_size?: Int64Input;
  /** 1、老版本2、isv对外版本 */
  version?: Int64Input;
  /** 页数，从1开始 */
  page_no?: Int64Input;
  /** 类目，1：机票；2：酒店；4：用车；6：新火车票； */
  category?: Int64Input;
  /** 记账更新开始日期 */
  period_start?: string;
  /** 记账更新结束日期 */
  period_end?: string;
}

/** `HisvResultSupport` of `alitrip.btrip.corpop.flight.billsettlement.query`. */
export interface AlitripBtripCorpopFlightBillsettlementQueryHisvResultSupport {
  /** 是否成功 */
  success?: boolean;
  /** module */
  module?: AlitripBtripCorpopFlightBillsettlementQueryOpenIsvBillSettlementRs;
  /** 结果code */
  result_code?: Int64;
  /** 结果msg */
  result_msg?: string;
}

/** `OpenIsvBillSettlementRs` of `alitrip.btrip.corpop.flight.billsettlement.query`. */
export interface AlitripBtripCorpopFlightBillsettlementQueryOpenIsvBillSettlementRs {
  /** 第三方企业id */
  corp_id?: string;
  /** 总数据量 */
  total_num?: Int64;
  /** 数据集合 */
  data_list?: AlitripBtripCorpopFlightBillsettlementQueryOpenIsvBillSettlementFlightRs[];
  /** 类目，枚举详见语雀 */
  category?: Int64;
  /** 记账更新开始时间 */
  period_start?: string;
  /** 记账更新结束时间 */
  period_end?: string;
}

/** `OpenIsvBillSettlementFlightRs` of `alitrip.btrip.corpop.flight.billsettlement.query`. */
export interface AlitripBtripCorpopFlightBillsettlementQueryOpenIsvBillSettlementFlightRs {
  /** 出行人名称 */
  traveler_name?: string;
  /** 舱位 */
  cabin_class?: string;
  /** 基建费 */
  build_fee?: string;
  /** 退款手续费 */
  refund_fee?: string;
  /** 到达日期 */
  arr_date?: string;
  /** 订单号 */
  order_id?: string;
  /** 部门id */
  department_id?: string;
  /** 折扣率 */
  discount?: string;
  /** 改签手续费 */
  change_fee?: string;
  /** 主键id，遇到相同id，已最新为准（数据会更新） */
  primary_id?: Int64;
  /** 改签差价 */
  upgrade_cost?: string;
  /** 超标审批单号 */
  over_apply_id?: string;
  /** 审批单号 */
  apply_id?: string;
  /** 预订人use id */
  booker_id?: string;
  /** 低价提醒(与最低价差额) */
  most_difference_price?: string;
  /** 成本中心编码 */
  cost_center_number?: string;
  /** 行程单打印序号 */
  itinerary_num?: string;
  /** 发票抬头 */
  invoice_title?: string;
  /** 服务费，仅在feeType 11001、11002中展示 */
  service_fee?: string;
  /** 行程单金额 */
  itinerary_price?: string;
  /** 到达机场 */
  arr_station?: string;
  /** 成本中心名称 */
  cost_center?: string;
  /** 结算金额 */
  settlement_fee?: string;
  /** 序号 */
  index?: string;
  /** 预定时间 */
  book_time?: string;
  /** 费用类型，枚举详见语雀 */
  fee_type?: string;
  /** 航班号 */
  flight_no?: string;
  /** 订单金额 */
  corp_pay_order_fee?: string;
  /** 燃油费 */
  oil_fee?: string;
  /** 商旅价优惠金额 */
  btrip_coupon_fee?: string;
  /** 是否重复退 */
  repeat_refund?: string;
  /** 起飞城市 */
  dept_city?: string;
  /** 项目名称 */
  project_name?: string;
  /** 到达机场航司三字码 */
  arr_airport_code?: string;
  /** 行程单号 */
  ticket_id?: string;
  /** 入账状态，枚举详见语雀 */
  status?: Int64;
  /** 航司二字码 */
  airline_corp_code?: string;
  /** 起飞机场 */
  dept_station?: string;
  /** 起飞时间 */
  dept_time?: string;
  /** 低价航班价格 */
  most_price?: string;
  /** 到达城市 */
  arr_city?: string;
  /** 舱位代码 */
  cabin?: string;
  /** 起飞机场航司三字码 */
  dep_airport_code?: string;
  /** 项目编码 */
  project_code?: string;
  /** 级联部门 */
  cascade_department?: string;
  /** 提前预定天数 */
  advance_day?: Int64;
  /** 末级部门 */
  department?: string;
  /** 低价提醒（折扣） */
  most_difference_discount?: string;
  /** 结算类型，枚举详见语雀 */
  settlement_type?: string;
  /** 优惠券 */
  coupon?: string;
  /** 支付流水号 */
  alipay_trade_no?: string;
  /** 航司名称 */
  airline_corp_name?: string;
  /** 低价提醒(航班号) */
  most_difference_flight_no?: string;
  /** 预订人名称 */
  booker_name?: string;
  /** 改签退票手续费 */
  refund_upgrade_cost?: string;
  /** 出行人use id */
  traveler_id?: string;
  /** 资金方向，枚举详见语雀 */
  capital_direction?: string;
  /** 保险费 */
  insurance_fee?: string;
  /** 销售金额 */
  seal_price?: string;
  /** 结算时间 */
  settlement_time?: string;
  /** 低价提醒（起飞时间） */
  most_difference_dept_time?: string;
  /** 不选低价原因 */
  most_difference_reason?: string;
  /** 协议价优惠金额 */
  negotiation_coupon_fee?: string;
  /** 到达时间 */
  arr_time?: string;
  /** 起飞日期 */
  dept_date?: string;
  /** 预订人工号 */
  booker_job_no?: string;
  /** 出行人工号 */
  traveler_job_no?: string;
  /** 票据类型，枚举详见语雀 */
  voucher_type?: Int64;
  /** 入账时间 */
  bill_record_time?: string;
  /** 预存赠送金额消费 */
  settlement_grant_fee?: string;
  /** 备注 */
  remark?: string;
}

const REQUEST_SCHEMA = {
  rq: {
    corp_id: 'String',
    page_size: 'Number',
    version: 'Number',
    page_no: 'Number',
    category: 'Number',
    period_start: 'String',
    period_end: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    module: {
      corp_id: 'String',
      total_num: 'Number',
      data_list: [
        {
          traveler_name: 'String',
          cabin_class: 'String',
          build_fee: 'String',
          refund_fee: 'String',
          arr_date: 'String',
          order_id: 'String',
          department_id: 'String',
          discount: 'String',
          change_fee: 'String',
          primary_id: 'Number',
          upgrade_cost: 'String',
          over_apply_id: 'String',
          apply_id: 'String',
          booker_id: 'String',
          most_difference_price: 'String',
          cost_center_number: 'String',
          itinerary_num: 'String',
          invoice_title: 'String',
          service_fee: 'String',
          itinerary_price: 'String',
          arr_station: 'String',
          cost_center: 'String',
          settlement_fee: 'String',
          index: 'String',
          book_time: 'String',
          fee_type: 'String',
          flight_no: 'String',
          corp_pay_order_fee: 'String',
          oil_fee: 'String',
          btrip_coupon_fee: 'String',
          repeat_refund: 'String',
          dept_city: 'String',
          project_name: 'String',
          arr_airport_code: 'String',
          ticket_id: 'String',
          status: 'Number',
          airline_corp_code: 'String',
          dept_station: 'String',
          dept_time: 'String',
          most_price: 'String',
          arr_city: 'String',
          cabin: 'String',
          dep_airport_code: 'String',
          project_code: 'String',
          cascade_department: 'String',
          advance_day: 'Number',
          department: 'String',
          most_difference_discount: 'String',
          settlement_type: 'String',
          coupon: 'String',
          alipay_trade_no: 'String',
          airline_corp_name: 'String',
          most_difference_flight_no: 'String',
          booker_name: 'String',
          refund_upgrade_cost: 'String',
          traveler_id: 'String',
          capital_direction: 'String',
          insurance_fee: 'String',
          seal_price: 'String',
          settlement_time: 'String',
          most_difference_dept_time: 'String',
          most_difference_reason: 'String',
          negotiation_coupon_fee: 'String',
          arr_time: 'String',
          dept_date: 'String',
          booker_job_no: 'String',
          traveler_job_no: 'String',
          voucher_type: 'Number',
          bill_record_time: 'Date',
          settlement_grant_fee: 'String',
          remark: 'String',
        },
      ],
      category: 'Number',
      period_start: 'String',
      period_end: 'String',
    },
    result_code: 'Number',
    result_msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alitrip.btrip.corpop.flight.billsettlement.query`: method, response root, request and response schemas. */
export const alitripBtripCorpopFlightBillsettlementQueryOperation = {
  method: 'alitrip.btrip.corpop.flight.billsettlement.query',
  responseRoot: 'alitrip_btrip_corpop_flight_billsettlement_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 机票结算记账查询接口 — calls TOP method `alitrip.btrip.corpop.flight.billsettlement.query`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripBtripCorpopFlightBillsettlementQuery(
  client: TopClient,
  request: AlitripBtripCorpopFlightBillsettlementQueryRequest = {},
  options?: CallOptions,
): Promise<AlitripBtripCorpopFlightBillsettlementQueryResponse> {
  return client.call<AlitripBtripCorpopFlightBillsettlementQueryResponse>(
    {
      method: 'alitrip.btrip.corpop.flight.billsettlement.query',
      responseRoot: 'alitrip_btrip_corpop_flight_billsettlement_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
