// Generated from specs/btrip/alitrip.btrip.corpop.car.billsettlement.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.btrip.corpop.car.billsettlement.query` (用车结算记账查询接口). */
export interface AlitripBtripCorpopCarBillsettlementQueryRequest {
  /** 入参 */
  rq?: AlitripBtripCorpopCarBillsettlementQueryOpenIsvBillSettlementSearchRqInput;
}

/** Response of `alitrip.btrip.corpop.car.billsettlement.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripBtripCorpopCarBillsettlementQueryResponse {
  /** 请求结果 */
  result?: AlitripBtripCorpopCarBillsettlementQueryHisvResultSupport;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `OpenIsvBillSettlementSearchRq` of `alitrip.btrip.corpop.car.billsettlement.query`. */
export interface AlitripBtripCorpopCarBillsettlementQueryOpenIsvBillSettlementSearchRqInput {
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

/** `HisvResultSupport` of `alitrip.btrip.corpop.car.billsettlement.query`. */
export interface AlitripBtripCorpopCarBillsettlementQueryHisvResultSupport {
  /** 请求是否成功 */
  success?: boolean;
  /** module */
  module?: AlitripBtripCorpopCarBillsettlementQueryOpenIsvBillSettlementRs;
  /** 结果code */
  result_code?: Int64;
  /** 结果msg */
  result_msg?: string;
}

/** `OpenIsvBillSettlementRs` of `alitrip.btrip.corpop.car.billsettlement.query`. */
export interface AlitripBtripCorpopCarBillsettlementQueryOpenIsvBillSettlementRs {
  /** 第三方企业id */
  corp_id?: string;
  /** 总数据量 */
  total_num?: Int64;
  /** 数据集合 */
  data_list?: AlitripBtripCorpopCarBillsettlementQueryOpenIsvBillSettlementCarRs[];
  /** 类目，枚举详见语雀 */
  category?: Int64;
  /** 记账更新开始日期 */
  period_start?: string;
  /** 记账更新结束日期 */
  period_end?: string;
}

/** `OpenIsvBillSettlementCarRs` of `alitrip.btrip.corpop.car.billsettlement.query`. */
export interface AlitripBtripCorpopCarBillsettlementQueryOpenIsvBillSettlementCarRs {
  /** 出行人名称 */
  traveler_name?: string;
  /** 到达日期 */
  arr_date?: string;
  /** 订单号 */
  order_id?: string;
  /** 部门id */
  department_id?: string;
  /** 用车事由 */
  memo?: string;
  /** 主键id，遇到相同id，已最新为准（数据会更新） */
  primary_id?: Int64;
  /** 超标审批单号 */
  over_apply_id?: string;
  /** 审批单号 */
  apply_id?: string;
  /** 预订人use id */
  booker_id?: string;
  /** 成本中心编号 */
  cost_center_number?: string;
  /** 发票抬头 */
  invoice_title?: string;
  /** 供应商车型 */
  provider_name?: string;
  /** 服务费,仅在feeType 40111 中展示，枚举详见语雀 */
  service_fee?: string;
  /** 实际行驶公里数 */
  real_drive_distance?: string;
  /** 成本中心名称 */
  cost_center?: string;
  /** 车型 */
  car_level?: string;
  /** 特别关注订单 */
  special_order?: string;
  /** 结算金额 */
  settlement_fee?: string;
  /** 序号 */
  index?: string;
  /** 预定时间 */
  book_time?: string;
  /** 费用类型。枚举详见语雀 */
  fee_type?: string;
  /** 个人支付金额 */
  person_settle_fee?: string;
  /** 员工是否认可 */
  user_confirm_desc?: string;
  /** 特别关注原因 */
  special_reason?: string;
  /** 出发城市 */
  dept_city?: string;
  /** 项目名称 */
  project_name?: string;
  /** 入账状态，枚举详见语雀 */
  status?: Int64;
  /** 出发时间 */
  dept_time?: string;
  /** 到达城市 */
  arr_city?: string;
  /** 出行人工号 */
  traveler_job_no?: string;
  /** 到达地 */
  arr_location?: string;
  /** 实际上车点 */
  real_from_addr?: string;
  /** 项目编号 */
  project_code?: string;
  /** 级联部门 */
  cascade_department?: string;
  /** 订单金额 */
  order_price?: string;
  /** 末级部门 */
  department?: string;
  /** 结算方式，枚举详见语雀 */
  settlement_type?: string;
  /** 优惠券 */
  coupon?: string;
  /** 支付流水号 */
  alipay_trade_no?: string;
  /** 预订人名称 */
  booker_name?: string;
  /** 预估公里数 */
  estimate_drive_distance?: string;
  /** 出行人use id */
  traveler_id?: string;
  /** 资金方向，枚举详见语雀 */
  capital_direction?: string;
  /** 实际下车点 */
  real_to_addr?: string;
  /** 结算时间 */
  settlement_time?: string;
  /** 出发点 */
  dept_location?: string;
  /** 用车原因 */
  business_category?: string;
  /** 商旅优惠金额 */
  coupon_price?: string;
  /** 预定人工号 */
  booker_job_no?: string;
  /** 预估金额 */
  estimate_price?: string;
  /** 到达时间 */
  arr_time?: string;
  /** 出发日期 */
  dept_date?: string;
  /** 票据类型，枚举详见语雀 */
  voucher_type?: Int64;
  /** 子订单号 */
  sub_order_id?: string;
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
          arr_date: 'String',
          order_id: 'String',
          department_id: 'String',
          memo: 'String',
          primary_id: 'Number',
          over_apply_id: 'String',
          apply_id: 'String',
          booker_id: 'String',
          cost_center_number: 'String',
          invoice_title: 'String',
          provider_name: 'String',
          service_fee: 'String',
          real_drive_distance: 'String',
          cost_center: 'String',
          car_level: 'String',
          special_order: 'String',
          settlement_fee: 'String',
          index: 'String',
          book_time: 'String',
          fee_type: 'String',
          person_settle_fee: 'String',
          user_confirm_desc: 'String',
          special_reason: 'String',
          dept_city: 'String',
          project_name: 'String',
          status: 'Number',
          dept_time: 'String',
          arr_city: 'String',
          traveler_job_no: 'String',
          arr_location: 'String',
          real_from_addr: 'String',
          project_code: 'String',
          cascade_department: 'String',
          order_price: 'String',
          department: 'String',
          settlement_type: 'String',
          coupon: 'String',
          alipay_trade_no: 'String',
          booker_name: 'String',
          estimate_drive_distance: 'String',
          traveler_id: 'String',
          capital_direction: 'String',
          real_to_addr: 'String',
          settlement_time: 'String',
          dept_location: 'String',
          business_category: 'String',
          coupon_price: 'String',
          booker_job_no: 'String',
          estimate_price: 'String',
          arr_time: 'String',
          dept_date: 'String',
          voucher_type: 'Number',
          sub_order_id: 'String',
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

/** Static description of `alitrip.btrip.corpop.car.billsettlement.query`: method, response root, request and response schemas. */
export const alitripBtripCorpopCarBillsettlementQueryOperation = {
  method: 'alitrip.btrip.corpop.car.billsettlement.query',
  responseRoot: 'alitrip_btrip_corpop_car_billsettlement_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 用车结算记账查询接口 — calls TOP method `alitrip.btrip.corpop.car.billsettlement.query`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripBtripCorpopCarBillsettlementQuery(
  client: TopClient,
  request: AlitripBtripCorpopCarBillsettlementQueryRequest = {},
  options?: CallOptions,
): Promise<AlitripBtripCorpopCarBillsettlementQueryResponse> {
  return client.call<AlitripBtripCorpopCarBillsettlementQueryResponse>(
    {
      method: 'alitrip.btrip.corpop.car.billsettlement.query',
      responseRoot: 'alitrip_btrip_corpop_car_billsettlement_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
