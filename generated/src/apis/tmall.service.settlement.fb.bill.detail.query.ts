// Generated from specs/tmallservice/tmall.service.settlement.fb.bill.detail.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.service.settlement.fb.bill.detail.query` (服务商工单结算对账查询-流水查询). */
export interface TmallServiceSettlementFbBillDetailQueryRequest {
  /** 提现开始时间（如果设置了开始时间，需要同时设置截止时间） */
  pay_time_start?: DateInput;
  /** 提现截止时间 */
  pay_time_end?: DateInput;
  /** 流水截止时间 */
  bill_time_end?: DateInput;
  /** 分页大小 */
  page_size: Int64Input;
  /** 流水开始时间（如果设置了开始时间，需要同时设置截止时间） */
  bill_time_start?: DateInput;
  /** 分页页码 */
  page_num: Int64Input;
}

/** Response of `tmall.service.settlement.fb.bill.detail.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallServiceSettlementFbBillDetailQueryResponse {
  /** 错误提示 */
  ret_msg?: string;
  /** 错误码 */
  ret_code?: string;
  /** 分页数据 */
  obj?: TmallServiceSettlementFbBillDetailQueryPagedResult;
  /** 是否成功 */
  is_success?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `PagedResult` of `tmall.service.settlement.fb.bill.detail.query`. */
export interface TmallServiceSettlementFbBillDetailQueryPagedResult {
  /** 页码 */
  page_index?: Int64;
  /** 分页数据 */
  data_list?: TmallServiceSettlementFbBillDetailQueryBillList[];
  /** 分页大小 */
  page_size?: Int64;
  /** 总页数 */
  total_page_count?: Int64;
  /** 总条数 */
  total_count?: Int64;
  /** 当前页条数 */
  data_count?: Int64;
  /** 是否空页 */
  empty?: boolean;
}

/** `BillList` of `tmall.service.settlement.fb.bill.detail.query`. */
export interface TmallServiceSettlementFbBillDetailQueryBillList {
  /** 工单ID */
  workcard_id?: Int64;
  /** 费用金额 */
  fee_amount?: string;
  /** 费用备注 */
  fee_notice?: string;
  /** 费用来源单号，仅退款和增加费用有值 */
  src_order_id?: string;
  /** 提现时间 */
  pay_time?: string;
  /** 抽佣比例 */
  platform_commission_rate?: string;
  /** 费用名称 */
  fee_name?: string;
  /** 提现支付宝流水号 */
  pay_trade_no?: string;
  /** 费用产生时间 */
  gmt_create?: string;
  /** 费用类型 */
  fee_type?: string;
  /** 提现支付宝备注 */
  pay_trade_notice?: string;
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
  obj: {
    page_index: 'Number',
    data_list: [
      {
        workcard_id: 'Number',
        fee_amount: 'String',
        fee_notice: 'String',
        src_order_id: 'String',
        pay_time: 'String',
        platform_commission_rate: 'String',
        fee_name: 'String',
        pay_trade_no: 'String',
        gmt_create: 'String',
        fee_type: 'String',
        pay_trade_notice: 'String',
      },
    ],
    page_size: 'Number',
    total_page_count: 'Number',
    total_count: 'Number',
    data_count: 'Number',
    empty: 'Boolean',
  },
  is_success: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `tmall.service.settlement.fb.bill.detail.query`: method, response root, request and response schemas. */
export const tmallServiceSettlementFbBillDetailQueryOperation = {
  method: 'tmall.service.settlement.fb.bill.detail.query',
  responseRoot: 'tmall_service_settlement_fb_bill_detail_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 服务商工单结算对账查询-流水查询 — calls TOP method `tmall.service.settlement.fb.bill.detail.query`.
 *
 * 服务商工单结算对账查询-流水查询，用于查询服务工单费用流水，含服务费、退款、分成、提现等。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallServiceSettlementFbBillDetailQuery(
  client: TopClient,
  request: TmallServiceSettlementFbBillDetailQueryRequest,
  options?: CallOptions,
): Promise<TmallServiceSettlementFbBillDetailQueryResponse> {
  return client.call<TmallServiceSettlementFbBillDetailQueryResponse>(
    {
      method: 'tmall.service.settlement.fb.bill.detail.query',
      responseRoot: 'tmall_service_settlement_fb_bill_detail_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
