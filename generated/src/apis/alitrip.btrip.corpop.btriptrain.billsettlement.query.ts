// Generated from specs/btrip/alitrip.btrip.corpop.btriptrain.billsettlement.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.btrip.corpop.btriptrain.billsettlement.query` (商旅火车票结算记账查询接口). */
export interface AlitripBtripCorpopBtriptrainBillsettlementQueryRequest {
  /** 请求入参 */
  rq?: AlitripBtripCorpopBtriptrainBillsettlementQueryOpenIsvBillSettlementSearchRqInput;
}

/** Response of `alitrip.btrip.corpop.btriptrain.billsettlement.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripBtripCorpopBtriptrainBillsettlementQueryResponse {
  /** 返回结果 */
  result?: AlitripBtripCorpopBtriptrainBillsettlementQueryHisvResultSupport;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `OpenIsvBillSettlementSearchRq` of `alitrip.btrip.corpop.btriptrain.billsettlement.query`. */
export interface AlitripBtripCorpopBtriptrainBillsettlementQueryOpenIsvBillSettlementSearchRqInput {
  /** 第三方企业id */
  corp_id?: string;
  /** 每页数据量，默认100，最高100 */
  page_size?: Int64Input;
  /** 1、老版本2、isv对外版本 */
  version?: Int64Input;
  /** 页数，从1开始 */
  page_no?: Int64Input;
  /** 类目：机酒火车 1：机票； 2：酒店； 4：用车 6：商旅火车票 */
  category?: Int64Input;
  /** 记账更新开始日期 */
  period_start?: string;
  /** 记账更新结束日期 */
  period_end?: string;
}

/** `HisvResultSupport` of `alitrip.btrip.corpop.btriptrain.billsettlement.query`. */
export interface AlitripBtripCorpopBtriptrainBillsettlementQueryHisvResultSupport {
  /** 请求是否成功 */
  success?: boolean;
  /** module */
  module?: AlitripBtripCorpopBtriptrainBillsettlementQueryOpenIsvBillSettlementRs;
  /** 结果code */
  result_code?: Int64;
  /** 结果msg */
  result_msg?: string;
}

/** `OpenIsvBillSettlementRs` of `alitrip.btrip.corpop.btriptrain.billsettlement.query`. */
export interface AlitripBtripCorpopBtriptrainBillsettlementQueryOpenIsvBillSettlementRs {
  /** 第三方企业id */
  corp_id?: string;
  /** 总数据量 */
  total_num?: Int64;
  /** 数据集合 */
  data_list?: AlitripBtripCorpopBtriptrainBillsettlementQueryOpenIsvBillSettlementBtripTrainRs[];
  /** 类目，枚举详见语雀 */
  category?: Int64;
  /** 记账更新开始时间 */
  period_start?: string;
  /** 记账更新结束时间 */
  period_end?: string;
}

/** `OpenIsvBillSettlementBtripTrainRs` of `alitrip.btrip.corpop.btriptrain.billsettlement.query`. */
export interface AlitripBtripCorpopBtriptrainBillsettlementQueryOpenIsvBillSettlementBtripTrainRs {
  /** 出行人名称 */
  traveler_name?: string;
  /** 退票手续费 */
  refund_fee?: string;
  /** 发车站 */
  dept_station?: string;
  /** 到达日期 */
  arr_date?: string;
  /** 车次类型 */
  train_type?: string;
  /** 订单id */
  order_id?: string;
  /** 出发时间 */
  dept_time?: string;
  /** 部门id */
  department_id?: string;
  /** 车次 */
  train_no?: string;
  /** 改签手续费 */
  change_fee?: string;
  /** 主键id，遇到相同id，已最新为准（数据会更新） */
  primary_id?: Int64;
  /** 超标审批单号 */
  over_apply_id?: string;
  /** 审批单号 */
  apply_id?: string;
  /** 坐席 */
  seat_type?: string;
  /** 票面票号 */
  ticket_no?: string;
  /** 预订人use id */
  booker_id?: string;
  /** 项目编码 */
  project_code?: string;
  /** 级联部门 */
  cascade_department?: string;
  /** 订单金额 */
  order_price?: string;
  /** 运行时长 */
  run_time?: string;
  /** 成本中心编号 */
  cost_center_number?: string;
  /** 坐席 */
  seat_no?: string;
  /** 末级部门 */
  department?: string;
  /** 发票抬头 */
  invoice_title?: string;
  /** 服务费,仅在feeType 6007、6008中展示，枚举详见语雀 */
  service_fee?: string;
  /** 结算类型，枚举详见语雀 */
  settlement_type?: string;
  /** 票价 */
  ticket_price?: string;
  /** 优惠券 */
  coupon?: string;
  /** 到达站 */
  arr_station?: string;
  /** 成本中心名称 */
  cost_center?: string;
  /** 支付流水号 */
  alipay_trade_no?: string;
  /** 结算金额 */
  settlement_fee?: string;
  /** 序号 */
  index?: string;
  /** 预定时间 */
  book_time?: string;
  /** 预订人名称 */
  booker_name?: string;
  /** 费用类型，枚举详见语雀 */
  fee_type?: string;
  /** 出行人use id */
  traveler_id?: string;
  /** 资金方向，枚举详见语雀 */
  capital_direction?: string;
  /** 结算时间 */
  settlement_time?: string;
  /** 项目名称 */
  project_name?: string;
  /** 到达时间 */
  arr_time?: string;
  /** 出发日期 */
  dept_date?: string;
  /** 入账状态，枚举详见语雀 */
  status?: Int64;
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
  /** 车厢号 */
  coach_no?: string;
  /** 短票号 */
  short_ticket_no?: string;
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
          refund_fee: 'String',
          dept_station: 'String',
          arr_date: 'String',
          train_type: 'String',
          order_id: 'String',
          dept_time: 'String',
          department_id: 'String',
          train_no: 'String',
          change_fee: 'String',
          primary_id: 'Number',
          over_apply_id: 'String',
          apply_id: 'String',
          seat_type: 'String',
          ticket_no: 'String',
          booker_id: 'String',
          project_code: 'String',
          cascade_department: 'String',
          order_price: 'String',
          run_time: 'String',
          cost_center_number: 'String',
          seat_no: 'String',
          department: 'String',
          invoice_title: 'String',
          service_fee: 'String',
          settlement_type: 'String',
          ticket_price: 'String',
          coupon: 'String',
          arr_station: 'String',
          cost_center: 'String',
          alipay_trade_no: 'String',
          settlement_fee: 'String',
          index: 'String',
          book_time: 'String',
          booker_name: 'String',
          fee_type: 'String',
          traveler_id: 'String',
          capital_direction: 'String',
          settlement_time: 'String',
          project_name: 'String',
          arr_time: 'String',
          dept_date: 'String',
          status: 'Number',
          booker_job_no: 'String',
          traveler_job_no: 'String',
          voucher_type: 'Number',
          bill_record_time: 'Date',
          settlement_grant_fee: 'String',
          remark: 'String',
          coach_no: 'String',
          short_ticket_no: 'String',
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

/** Static description of `alitrip.btrip.corpop.btriptrain.billsettlement.query`: method, response root, request and response schemas. */
export const alitripBtripCorpopBtriptrainBillsettlementQueryOperation = {
  method: 'alitrip.btrip.corpop.btriptrain.billsettlement.query',
  responseRoot: 'alitrip_btrip_corpop_btriptrain_billsettlement_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 商旅火车票结算记账查询接口 — calls TOP method `alitrip.btrip.corpop.btriptrain.billsettlement.query`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripBtripCorpopBtriptrainBillsettlementQuery(
  client: TopClient,
  request: AlitripBtripCorpopBtriptrainBillsettlementQueryRequest = {},
  options?: CallOptions,
): Promise<AlitripBtripCorpopBtriptrainBillsettlementQueryResponse> {
  return client.call<AlitripBtripCorpopBtriptrainBillsettlementQueryResponse>(
    {
      method: 'alitrip.btrip.corpop.btriptrain.billsettlement.query',
      responseRoot: 'alitrip_btrip_corpop_btriptrain_billsettlement_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
