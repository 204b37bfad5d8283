// Generated from specs/txcs/tmall.txcs.finance.verify.statement.bill.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.txcs.finance.verify.statement.bill` (供应商核销单录入). */
export interface TmallTxcsFinanceVerifyStatementBillRequest {
  /** 门店ID */
  ou_code: string;
  /** 核销单内容 */
  verification_bill_d_t_o: TmallTxcsFinanceVerifyStatementBillVerificationBillDtoInput;
}

/** Response of `tmall.txcs.finance.verify.statement.bill`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallTxcsFinanceVerifyStatementBillResponse {
  /** 返回结果 */
  result?: TmallTxcsFinanceVerifyStatementBillAccessBaseResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `VerificationBillDto` of `tmall.txcs.finance.verify.statement.bill`. */
export interface TmallTxcsFinanceVerifyStatementBillVerificationBillDtoInput {
  /** 结算公司 */
  settlement_company_code: string;
  /** 备注 */
  memo?: string;
  /** 操作人名称 */
  operator_name: string;
  /** 幂等ID */
  request_id: string;
  /** 发票信息列表 */
  invoice_info_d_t_os: TmallTxcsFinanceVerifyStatementBillInvoiceInfoDtoInput[];
  /** 核销单类型 */
  verification_type: string;
  /** 币种 */
  currency: string;
  /** 操作人ID */
  operator_id: string;
  /** 对账单编号列表 */
  statement_bill_codes: string[];
}

/** `InvoiceInfoDto` of `tmall.txcs.finance.verify.statement.bill`. */
export interface TmallTxcsFinanceVerifyStatementBillInvoiceInfoDtoInput {
  /** 发票号码 */
  invoice_no: string;
  /** 发票代码 */
  invoice_code: string;
}

/** `AccessBaseResult` of `tmall.txcs.finance.verify.statement.bill`. */
export interface TmallTxcsFinanceVerifyStatementBillAccessBaseResult {
  /** 调用是否成功 */
  success?: boolean;
  /** 错误信息 */
  error_message?: string;
  /** 错误代码 */
  error_code?: string;
  /** 返回内容 */
  model?: TmallTxcsFinanceVerifyStatementBillVerificationBillResponseDto;
}

/** `VerificationBillResponseDto` of `tmall.txcs.finance.verify.statement.bill`. */
export interface TmallTxcsFinanceVerifyStatementBillVerificationBillResponseDto {
  /** 核销单号 */
  verification_no?: string;
  /** 核销日期 */
  verify_date?: string;
}

const REQUEST_SCHEMA = {
  ou_code: 'String',
  verification_bill_d_t_o: {
    settlement_company_code: 'String',
    memo: 'String',
    operator_name: 'String',
    request_id: 'String',
    invoice_info_d_t_os: [
      {
        invoice_no: 'String',
        invoice_code: 'String',
      },
    ],
    verification_type: 'String',
    currency: 'String',
    operator_id: 'String',
    statement_bill_codes: ['String'],
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    error_message: 'String',
    error_code: 'String',
    model: {
      verification_no: 'String',
      verify_date: 'Date',
    },
  },
} as const satisfies ObjectSchema;

/** Static description of `tmall.txcs.finance.verify.statement.bill`: method, response root, request and response schemas. */
export const tmallTxcsFinanceVerifyStatementBillOperation = {
  method: 'tmall.txcs.finance.verify.statement.bill',
  responseRoot: 'tmall_txcs_finance_verify_statement_bill_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 供应商核销单录入 — calls TOP method `tmall.txcs.finance.verify.statement.bill`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallTxcsFinanceVerifyStatementBill(
  client: TopClient,
  request: TmallTxcsFinanceVerifyStatementBillRequest,
  options?: CallOptions,
): Promise<TmallTxcsFinanceVerifyStatementBillResponse> {
  return client.call<TmallTxcsFinanceVerifyStatementBillResponse>(
    {
      method: 'tmall.txcs.finance.verify.statement.bill',
      responseRoot: 'tmall_txcs_finance_verify_statement_bill_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
