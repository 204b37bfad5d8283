// Generated from specs/tmallservice/tmall.service.settlement.fb.bill.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.service.settlement.fb.bill.query` (服务商工单结算对账查询). */
export interface TmallServiceSettlementFbBillQueryRequest {
  /** 提现开始时间（与截止时间成对使用） */
  pay_time_start?: DateInput;
  /** 提现截止时间 */
  pay_time_end?: DateInput;
  /** 流水截止时间 */
  bill_time_end?: DateInput;
  /** 分页大小 */
  page_size: Int64Input;
  /** 流水开始时间（与截止时间配对使用） */
  bill_time_start?: DateInput;
  /** 分页页码 */
  page_num: Int64Input;
}

/** Response of `tmall.service.settlement.fb.bill.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallServiceSettlementFbBillQueryResponse {
  /** 错误信息 */
  ret_msg?: string;
  /** 错误码 */
  ret_code?: string;
  /** 是否成功 */
  is_success?: boolean;
  /** 分页数据 */
  obj?: TmallServiceSettlementFbBillQueryPagedResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `PagedResult` of `tmall.service.settlement.fb.bill.query`. */
export interface TmallServiceSettlementFbBillQueryPagedResult {
  /** 页码 */
  page_index?: Int64;
  /** 分页数据 */
  data_list?: TmallServiceSettlementFbBillQueryBillList[];
  /** 分页大小 */
  page_size?: Int64;
  /** 总页数 */
  total_page_count?: Int64;
  /** 总条数 */
  total_count?: Int64;
  /** 本页条数 */
  data_count?: Int64;
  /** 本页是否为空数据 */
  empty?: boolean;
}

/** `BillList` of `tmall.service.settlement.fb.bill.query`. */
export interface TmallServiceSettlementFbBillQueryBillList {
  /** 提现时间 */
  pay_time?: string;
  /** 总退款金额 */
  sum_refund_amount?: string;
  /** 支付宝提现流水号 */
  pay_trade_no?: string;
  /** 工单费用清单 */
  fee_list?: TmallServiceSettlementFbBillQueryFeeList[];
  /** 工单ID */
  workcard_id?: Int64;
  /** 总增加费用金额 */
  sum_add_amount?: string;
  /** 费用产生时间 */
  bill_time?: string;
  /** 提现金额 */
  pay_amount?: string;
  /** 分成金额 */
  fc_amount?: string;
  /** 抽佣比例 */
  platform_commission_rate?: string;
  /** 总服务费用金额 */
  sum_service_amount?: string;
  /** 提现支付宝备注 */
  pay_trade_notice?: string;
}

/** `FeeList` of `tmall.service.settlement.fb.bill.query`. */
export interface TmallServiceSettlementFbBillQueryFeeList {
  /** 费用金额 */
  fee_amount?: string;
  /** 费用来源单号，仅增加费用、退款有值 */
  src_order_id?: string;
  /** 费用描述 */
  fee_title?: string;
  /** 费用名称 */
  fee_name?: string;
  /** 费用产生时间 */
  gmt_create?: string;
}

const REQUEST_SCHEMA = {
  pay_time_start: 'Date',
  pay_time_end: 'Date',
  bill_time_end: 'Date',
  page_size: 'Number',
  bill_time_start: 'Date',
  page_num: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  ret_msg: 'String',
  ret_code: 'String',
  is_success: 'Boolean',
  obj: {
    page_index: 'Number',
    data_list: [
      {
        pay_time: 'Date',
        sum_refund_amount: 'Price',
        pay_trade_no: 'String',
        fee_list: [
          {
            fee_amount: 'Price',
            src_order_id: 'String',
            fee_title: 'String',
            fee_name: 'String',
            gmt_create: 'Date',
          },
        ],
        workcard_id: 'Number',
        sum_add_amount: 'Price',
        bill_time: 'Date',
        pay_amount: 'Price',
        fc_amount: 'Price',
        platform_commission_rate: 'Price',
        sum_service_amount: 'Price',
        pay_trade_notice: 'String',
      },
    ],
    page_size: 'Number',
    total_page_count: 'Number',
    total_count: 'Number',
    data_count: 'Number',
    empty: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `tmall.service.settlement.fb.bill.query`: method, response root, request and response schemas. */
export const tmallServiceSettlementFbBillQueryOperation = {
  method: 'tmall.service.settlement.fb.bill.query',
  responseRoot: 'tmall_service_settlement_fb_bill_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 服务商工单结算对账查询 — calls TOP method `tmall.service.settlement.fb.bill.query`.
 *
 * 服务商工单结算对账查询，用于查询服务工单对应的结算费用情况，含工单对应的服务费、退款、增加费用、分成费用、提现流水
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallServiceSettlementFbBillQuery(
  client: TopClient,
  request: TmallServiceSettlementFbBillQueryRequest,
  options?: CallOptions,
): Promise<TmallServiceSettlementFbBillQueryResponse> {
  return client.call<TmallServiceSettlementFbBillQueryResponse>(
    {
      method: 'tmall.service.settlement.fb.bill.query',
      responseRoot: 'tmall_service_settlement_fb_bill_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
