// Generated from specs/txcs/tmall.txcs.finance.bill.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.txcs.finance.bill.query` (天猫超市外部商家财务账单信息查询). */
export interface TmallTxcsFinanceBillQueryRequest {
  /** 对账单号 */
  statement_bill_query?: TmallTxcsFinanceBillQueryStatementBillQueryInput;
}

/** Response of `tmall.txcs.finance.bill.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallTxcsFinanceBillQueryResponse {
  /** 接口结果 */
  result?: TmallTxcsFinanceBillQueryCommonResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `StatementBillQuery` of `tmall.txcs.finance.bill.query`. */
export interface TmallTxcsFinanceBillQueryStatementBillQueryInput {
  /** 对账单号 */
  statement_bill_code?: string;
}

/** `CommonResult` of `tmall.txcs.finance.bill.query`. */
export interface TmallTxcsFinanceBillQueryCommonResult {
  /** 错误码 */
  code?: string;
  /** 创建的互动实例 */
  data?: TmallTxcsFinanceBillQueryStatementBillDto;
  /** 服务标识 */
  success?: boolean;
  /** 错误信息 */
  message?: string;
  /** 服务标识 */
  biz_exception?: boolean;
}

/** `StatementBillDto` of `tmall.txcs.finance.bill.query`. */
export interface TmallTxcsFinanceBillQueryStatementBillDto {
  /** 结算主体编码 */
  settlement_company_code?: string;
  /** 经营属性描述 */
  operate_type_desc?: string;
  /** 经营属性 */
  operate_type?: string;
  /** 供应商名称 */
  business_partner_name?: string;
  /** 供应商编码 */
  business_partner_code?: string;
  /** 商家编码 */
  merchant_code?: string;
  /** 对账单号 */
  statement_bill_code?: string;
  /** 结算主体名称 */
  settlement_company_name?: string;
  /** 账单日 */
  bill_day?: string;
  /** 订单状态 */
  bill_status?: string;
  /** 订单状态描述 */
  bill_status_desc?: string;
  /** 应结算总金额 */
  settlement_total_amount?: string;
  /** 应开票总金额 */
  invoice_total_amount?: string;
  /** 结算周期描述 */
  settle_perid_desc?: string;
  /** 币种 */
  currency?: string;
}

const REQUEST_SCHEMA = {
  statement_bill_query: {
    statement_bill_code: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    code: 'String',
    data: {
      settlement_company_code: 'String',
      operate_type_desc: 'String',
      operate_type: 'String',
      business_partner_name: 'String',
      business_partner_code: 'String',
      merchant_code: 'String',
      statement_bill_code: 'String',
      settlement_company_name: 'String',
      bill_day: 'String',
      bill_status: 'String',
      bill_status_desc: 'String',
      settlement_total_amount: 'String',
      invoice_total_amount: 'String',
      settle_perid_desc: 'String',
      currency: 'String',
    },
    success: 'Boolean',
    message: 'String',
    biz_exception: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `tmall.txcs.finance.bill.query`: method, response root, request and response schemas. */
export const tmallTxcsFinanceBillQueryOperation = {
  method: 'tmall.txcs.finance.bill.query',
  responseRoot: 'tmall_txcs_finance_bill_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 天猫超市外部商家财务账单信息查询 — calls TOP method `tmall.txcs.finance.bill.query`.
 *
 * 提供天猫超市外部合作商家财务账单对账
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallTxcsFinanceBillQuery(
  client: TopClient,
  request: TmallTxcsFinanceBillQueryRequest = {},
  options?: CallOptions,
): Promise<TmallTxcsFinanceBillQueryResponse> {
  return client.call<TmallTxcsFinanceBillQueryResponse>(
    {
      method: 'tmall.txcs.finance.bill.query',
      responseRoot: 'tmall_txcs_finance_bill_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
