// Generated from specs/txcs/tmall.txcs.finance.invoice.input.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.txcs.finance.invoice.input` (供应商发票录入). */
export interface TmallTxcsFinanceInvoiceInputRequest {
  /** 门店ID */
  ou_code: string;
  /**
   * 发票内容
   *
   * Max list size: 100
   */
  invoice_input_d_t_o1: TmallTxcsFinanceInvoiceInputInvoiceInputDtoInput[];
}

/** Response of `tmall.txcs.finance.invoice.input`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallTxcsFinanceInvoiceInputResponse {
  /** 返回内容 */
  result?: TmallTxcsFinanceInvoiceInputAccessBaseResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `InvoiceInputDto` of `tmall.txcs.finance.invoice.input`. */
export interface TmallTxcsFinanceInvoiceInputInvoiceInputDtoInput {
  /** 结算公司 */
  settlement_company_code: string;
  /** 发票日期 */
  invoice_date: string;
  /** 发品编号 */
  invoice_code: string;
  /** 操作人员 */
  operator_name: string;
  /** 税率 */
  tax_rate: string;
  /** 总金额 */
  total_amount: string;
  /** 幂等ID */
  request_id: string;
  /** 发票类型 */
  invoice_type: string;
  /** 税率 */
  untax_amount: string;
  /** 币种 */
  currency: string;
  /** 发票编码 */
  invoice_no: string;
  /** 税票金额 */
  tax_amount: string;
  /** 操作人员ID */
  operator_id: string;
}

/** `AccessBaseResult` of `tmall.txcs.finance.invoice.input`. */
export interface TmallTxcsFinanceInvoiceInputAccessBaseResult {
  /** 调用状态 */
  success?: boolean;
  /** 错误原因 */
  error_message?: string;
  /** 错误代码 */
  error_code?: string;
  /** 返回内容 */
  model?: TmallTxcsFinanceInvoiceInputBatchOperateResultDto;
}

/** `BatchOperateResultDto` of `tmall.txcs.finance.invoice.input`. */
export interface TmallTxcsFinanceInvoiceInputBatchOperateResultDto {
  /** 状态 */
  status?: string;
  /** 失败列表 */
  fail_list?: TmallTxcsFinanceInvoiceInputInvoiceInputResultDto[];
  /** 成功列表 */
  success_list?: TmallTxcsFinanceInvoiceInputInvoiceInputResultDto[];
}

/** `InvoiceInputResultDto` of `tmall.txcs.finance.invoice.input`. */
export interface TmallTxcsFinanceInvoiceInputInvoiceInputResultDto {
  /** 失败原因 */
  msg?: string;
  /** 发票代码 */
  invoice_code?: string;
  /** 发票号码 */
  invoice_no?: string;
}

const REQUEST_SCHEMA = {
  ou_code: 'String',
  invoice_input_d_t_o1: [
    {
      settlement_company_code: 'String',
      invoice_date: 'String',
      invoice_code: 'String',
      operator_name: 'String',
      tax_rate: 'String',
      total_amount: 'String',
      request_id: 'String',
      invoice_type: 'String',
      untax_amount: 'String',
      currency: 'String',
      invoice_no: 'String',
      tax_amount: 'String',
      operator_id: 'String',
    },
  ],
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    error_message: 'String',
    error_code: 'String',
    model: {
      status: 'String',
      fail_list: [
        {
          msg: 'String',
          invoice_code: 'String',
          invoice_no: 'String',
        },
      ],
      success_list: [
        {
          msg: 'String',
          invoice_code: 'String',
          invoice_no: 'String',
        },
      ],
    },
  },
} as const satisfies ObjectSchema;

/** Static description of `tmall.txcs.finance.invoice.input`: method, response root, request and response schemas. */
export const tmallTxcsFinanceInvoiceInputOperation = {
  method: 'tmall.txcs.finance.invoice.input',
  responseRoot: 'tmall_txcs_finance_invoice_input_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 供应商发票录入 — calls TOP method `tmall.txcs.finance.invoice.input`.
 *
 * 提供天猫超市外部合作商家财务：供应商发票录入
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallTxcsFinanceInvoiceInput(
  client: TopClient,
  request: TmallTxcsFinanceInvoiceInputRequest,
  options?: CallOptions,
): Promise<TmallTxcsFinanceInvoiceInputResponse> {
  return client.call<TmallTxcsFinanceInvoiceInputResponse>(
    {
      method: 'tmall.txcs.finance.invoice.input',
      responseRoot: 'tmall_txcs_finance_invoice_input_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
