// Generated from specs/txcs/tmall.txcs.finance.bill.confirm.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.txcs.finance.bill.confirm` (供应商账单确认). */
export interface TmallTxcsFinanceBillConfirmRequest {
  /** 门店ID */
  ou_code: string;
  /** 系统自动生成 */
  statement_bill_confirm_d_t_o: TmallTxcsFinanceBillConfirmStatementBillConfirmDtoInput;
}

/** Response of `tmall.txcs.finance.bill.confirm`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallTxcsFinanceBillConfirmResponse {
  /** 返回结果 */
  result?: TmallTxcsFinanceBillConfirmAccessBaseResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `StatementBillConfirmDto` of `tmall.txcs.finance.bill.confirm`. */
export interface TmallTxcsFinanceBillConfirmStatementBillConfirmDtoInput {
  /** 结算公司编码 */
  settlement_company_code: string;
  /** 幂等ID */
  request_id: string;
  /** 操作人ID */
  operator_id: string;
  /** 操作人名称 */
  operator_name: string;
  /** 账单code */
  statement_bill_codes: string[];
}

/** `AccessBaseResult` of `tmall.txcs.finance.bill.confirm`. */
export interface TmallTxcsFinanceBillConfirmAccessBaseResult {
  /** 是否成功 */
  success?: boolean;
  /** 错误信息 */
  error_message?: string;
  /** 错误编码 */
  error_code?: string;
  /** 具体内容 */
  model?: boolean;
}

const REQUEST_SCHEMA = {
  ou_code: 'String',
  statement_bill_confirm_d_t_o: {
    settlement_company_code: 'String',
    request_id: 'String',
    operator_id: 'String',
    operator_name: 'String',
    statement_bill_codes: ['String'],
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    error_message: 'String',
    error_code: 'String',
    model: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `tmall.txcs.finance.bill.confirm`: method, response root, request and response schemas. */
export const tmallTxcsFinanceBillConfirmOperation = {
  method: 'tmall.txcs.finance.bill.confirm',
  responseRoot: 'tmall_txcs_finance_bill_confirm_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 供应商账单确认 — calls TOP method `tmall.txcs.finance.bill.confirm`.
 *
 * 提供天猫超市外部合作商家：财务账单对账
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallTxcsFinanceBillConfirm(
  client: TopClient,
  request: TmallTxcsFinanceBillConfirmRequest,
  options?: CallOptions,
): Promise<TmallTxcsFinanceBillConfirmResponse> {
  return client.call<TmallTxcsFinanceBillConfirmResponse>(
    {
      method: 'tmall.txcs.finance.bill.confirm',
      responseRoot: 'tmall_txcs_finance_bill_confirm_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
