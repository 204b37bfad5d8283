// Generated from specs/alsc/taobao.servindustry.finance.insurance.invoice.feedback.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.servindustry.finance.insurance.invoice.feedback` (保险-开票结果反馈). */
export interface TaobaoServindustryFinanceInsuranceInvoiceFeedbackRequest {
  /** 开票结果反馈请求 */
  invoice_result_feedback_top_req: TaobaoServindustryFinanceInsuranceInvoiceFeedbackInvoiceResultFeedbackTopReqInput;
}

/** Response of `taobao.servindustry.finance.insurance.invoice.feedback`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoServindustryFinanceInsuranceInvoiceFeedbackResponse {
  /** 结果 */
  result?: TaobaoServindustryFinanceInsuranceInvoiceFeedbackResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `InvoiceResultFeedbackTopReq` of `taobao.servindustry.finance.insurance.invoice.feedback`. */
export interface TaobaoServindustryFinanceInsuranceInvoiceFeedbackInvoiceResultFeedbackTopReqInput {
  /** 实际开票金额 */
  real_amount?: string;
  /** 口碑开票申请id */
  invoice_apply_id: string;
  /** 运单号 */
  express_number?: string;
  /** 是否成功 */
  success: boolean;
  /** 错误码 */
  err_code?: string;
  /** 错误原因 */
  err_msg?: string;
  /** 发票的票号 */
  invoice_id?: string;
  /** 电子发票地址 */
  email_invoice_image?: string;
}

/** `Result` of `taobao.servindustry.finance.insurance.invoice.feedback`. */
export interface TaobaoServindustryFinanceInsuranceInvoiceFeedbackResult {
  /** 鹰眼id */
  trace_id?: string;
  /** 开票结果 */
  data?: string;
  /** 是否成功 */
  success?: boolean;
  /** 错误信息 */
  error?: TaobaoServindustryFinanceInsuranceInvoiceFeedbackTribeError;
}

/** `TribeError` of `taobao.servindustry.finance.insurance.invoice.feedback`. */
export interface TaobaoServindustryFinanceInsuranceInvoiceFeedbackTribeError {
  /** 错误原因 */
  view?: string;
  /** 错误码 */
  code?: string;
  /** 错误原因 */
  message?: string;
}

const REQUEST_SCHEMA = {
  invoice_result_feedback_top_req: {
    real_amount: 'String',
    invoice_apply_id: 'String',
    express_number: 'String',
    success: 'Boolean',
    err_code: 'String',
    err_msg: 'String',
    invoice_id: 'String',
    email_invoice_image: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    trace_id: 'String',
    data: 'String',
    success: 'Boolean',
    error: {
      view: 'String',
      code: 'String',
      message: 'String',
    },
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.servindustry.finance.insurance.invoice.feedback`: method, response root, request and response schemas. */
export const taobaoServindustryFinanceInsuranceInvoiceFeedbackOperation = {
  method: 'taobao.servindustry.finance.insurance.invoice.feedback',
  responseRoot: 'servindustry_finance_insurance_invoice_feedback_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 保险-开票结果反馈 — calls TOP method `taobao.servindustry.finance.insurance.invoice.feedback`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoServindustryFinanceInsuranceInvoiceFeedback(
  client: TopClient,
  request: TaobaoServindustryFinanceInsuranceInvoiceFeedbackRequest,
  options?: CallOptions,
): Promise<TaobaoServindustryFinanceInsuranceInvoiceFeedbackResponse> {
  return client.call<TaobaoServindustryFinanceInsuranceInvoiceFeedbackResponse>(
    {
      method: 'taobao.servindustry.finance.insurance.invoice.feedback',
      responseRoot: 'servindustry_finance_insurance_invoice_feedback_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
