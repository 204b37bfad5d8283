// Generated from specs/btrip/alitrip.btrip.corpop.hotel.billsettlement.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.btrip.corpop.hotel.billsettlement.query` (酒店结算记账查询接口). */
export interface AlitripBtripCorpopHotelBillsettlementQueryRequest {
  /** 请求入参 */
  rq?: AlitripBtripCorpopHotelBillsettlementQueryOpenIsvBillSettlementSearchRqInput;
}

/** Response of `alitrip.btrip.corpop.hotel.billsettlement.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripBtripCorpopHotelBillsettlementQueryResponse {
  /** 返回结果 */
  result?: AlitripBtripCorpopHotelBillsettlementQueryHisvResultSupport;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `OpenIsvBillSettlementSearchRq` of `alitrip.btrip.corpop.hotel.billsettlement.query`. */
export interface AlitripBtripCorpopHotelBillsettlementQueryOpenIsvBillSettlementSearchRqInput {
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

/** `HisvResultSupport` of `alitrip.btrip.corpop.hotel.billsettlement.query`. */
export interface AlitripBtripCorpopHotelBillsettlementQueryHisvResultSupport {
  /** 请求是否成功 */
  success?: boolean;
  /** module */
  module?: AlitripBtripCorpopHotelBillsettlementQueryOpenIsvBillSettlementRs;
  /** 结果code */
  result_code?: Int64;
  /** 结果msg */
  result_msg?: string;
}

/** `OpenIsvBillSettlementRs` of `alitrip.btrip.corpop.hotel.billsettlement.query`. */
export interface AlitripBtripCorpopHotelBillsettlementQueryOpenIsvBillSettlementRs {
  /** 第三方企业id */
  corp_id?: string;
  /** 总数据量 */
  total_num?: Int64;
  /** 数据集合 */
  data_list?: AlitripBtripCorpopHotelBillsettlementQueryOpenIsvBillSettlementHotelRs[];
  /** 类目，枚举详见语雀 */
  category?: Int64;
  /** 记账更新开始日期 */
  period_start?: string;
  /** 记账更新结束日期 */
  period_end?: string;
}

/** `OpenIsvBillSettlementHotelRs` of `alitrip.btrip.corpop.hotel.billsettlement.query`. */
export interface AlitripBtripCorpopHotelBillsettlementQueryOpenIsvBillSettlementHotelRs {
  /** 出行人名称 */
  traveler_name?: string;
  /** 订单类型 */
  order_type?: string;
  /** 杂费 */
  fees?: string;
  /** 订单id */
  order_id?: string;
  /** 部门id */
  department_id?: string;
  /** 主键id，遇到相同id，已最新为准（数据会更新） */
  primary_id?: Int64;
  /** 超标审批id */
  over_apply_id?: string;
  /** 审批id */
  apply_id?: string;
  /** 预定人use id */
  booker_id?: string;
  /** 成本中心编码 */
  cost_center_number?: string;
  /** 发票抬头 */
  invoice_title?: string;
  /** 房型 */
  room_type?: string;
  /** 优惠券 */
  promotion_fee?: string;
  /** 服务费,仅在 feeType 20111、20112中展示，枚举详见语雀 */
  service_fee?: string;
  /** 房价 */
  room_price?: string;
  /** 成本中心名称 */
  cost_center?: string;
  /** 个人退款金额 */
  person_refund_fee?: string;
  /** 结算金额 */
  settlement_fee?: string;
  /** 序号 */
  index?: string;
  /** 预定时间 */
  book_time?: string;
  /** 费用类型，枚举详见语雀 */
  fee_type?: string;
  /** 离店时间 */
  checkout_date?: string;
  /** 个人结算费用 */
  person_settle_price?: string;
  /** 是否协议价 */
  is_negotiation?: string;
  /** 项目名称 */
  project_name?: string;
  /** 总间夜数 */
  total_nights?: Int64;
  /** 入账状态，枚举详见语雀 */
  status?: Int64;
  /** 房间号 */
  room_number?: Int64;
  /** 入住城市 */
  city?: string;
  /** 入住城市编码，枚举详见语雀 */
  city_code?: string;
  /** 出行人工号 */
  traveler_job_no?: string;
  /** 入住时间 */
  check_in_date?: string;
  /** 项目编码 */
  project_code?: string;
  /** 级联部门 */
  cascade_department?: string;
  /** 订单金额 */
  order_price?: string;
  /** 末级部门 */
  department?: string;
  /** 企业支付金额 */
  corp_total_fee?: string;
  /** 结算类型，枚举详见语雀 */
  settlement_type?: string;
  /** 支付流水号 */
  alipay_trade_no?: string;
  /** 企业退款金额 */
  corp_refund_fee?: string;
  /** 福豆支付 */
  fu_point_fee?: string;
  /** 预订人名称 */
  booker_name?: string;
  /** 酒店名称 */
  hotel_name?: string;
  /** 出行人use id */
  traveler_id?: string;
  /** 资金方向，枚举详见语雀 */
  capital_direction?: string;
  /** 结算时间 */
  settlement_time?: string;
  /** 入住天数 */
  nights?: Int64;
  /** 预定人工号 */
  booker_job_no?: string;
  /** 是否合住 */
  is_share_str?: string;
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
          order_type: 'String',
          fees: 'String',
          order_id: 'String',
          department_id: 'String',
          primary_id: 'Number',
          over_apply_id: 'String',
          apply_id: 'String',
          booker_id: 'String',
          cost_center_number: 'String',
          invoice_title: 'String',
          room_type: 'String',
          promotion_fee: 'String',
          service_fee: 'String',
          room_price: 'String',
          cost_center: 'String',
          person_refund_fee: 'String',
          settlement_fee: 'String',
          index: 'String',
          book_time: 'String',
          fee_type: 'String',
          checkout_date: 'String',
          person_settle_price: 'String',
          is_negotiation: 'String',
          project_name: 'String',
          total_nights: 'Number',
          status: 'Number',
          room_number: 'Number',
          city: 'String',
          city_code: 'String',
          traveler_job_no: 'String',
          check_in_date: 'String',
          project_code: 'String',
          cascade_department: 'String',
          order_price: 'String',
          department: 'String',
          corp_total_fee: 'String',
          settlement_type: 'String',
          alipay_trade_no: 'String',
          corp_refund_fee: 'String',
          fu_point_fee: 'String',
          booker_name: 'String',
          hotel_name: 'String',
          traveler_id: 'String',
          capital_direction: 'String',
          settlement_time: 'String',
          nights: 'Number',
          booker_job_no: 'String',
          is_share_str: 'String',
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

/** Static description of `alitrip.btrip.corpop.hotel.billsettlement.query`: method, response root, request and response schemas. */
export const alitripBtripCorpopHotelBillsettlementQueryOperation = {
  method: 'alitrip.btrip.corpop.hotel.billsettlement.query',
  responseRoot: 'alitrip_btrip_corpop_hotel_billsettlement_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 酒店结算记账查询接口 — calls TOP method `alitrip.btrip.corpop.hotel.billsettlement.query`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripBtripCorpopHotelBillsettlementQuery(
  client: TopClient,
  request: AlitripBtripCorpopHotelBillsettlementQueryRequest = {},
  options?: CallOptions,
): Promise<AlitripBtripCorpopHotelBillsettlementQueryResponse> {
  return client.call<AlitripBtripCorpopHotelBillsettlementQueryResponse>(
    {
      method: 'alitrip.btrip.corpop.hotel.billsettlement.query',
      responseRoot: 'alitrip_btrip_corpop_hotel_billsettlement_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
