// Generated from specs/einvoice/alibaba.einvoice.paper.invalid.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.einvoice.paper.invalid` (纸票作废接口). */
export interface AlibabaEinvoicePaperInvalidRequest {
  /** 作废操作人 */
  invalid_operator: string;
  /** 作废类型, 0=空白发票(有残缺 的纸张发票，不能做为有效报销)作废, 1=已开发票作废 */
  invalid_type: Int64Input;
  /** 发票代码，空白作废时必填 */
  invoice_code?: string;
  /** 发票号码，空白作废时必填 */
  invoice_no?: string;
  /** 销售方纳税人识别号 */
  payee_register_no: string;
  /** 开票流水号 */
  serial_no: string;
}

/** Response of `alibaba.einvoice.paper.invalid`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaEinvoicePaperInvalidResponse {
  /** 接口调用是否成功，操作结果tmc异步返回alibaba_invoice_PaperOpsReturn */
  is_success?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  invalid_operator: 'String',
  invalid_type: 'Number',
  invoice_code: 'String',
  invoice_no: 'String',
  payee_register_no: 'String',
  serial_no: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  is_success: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.einvoice.paper.invalid`: method, response root, request and response schemas. */
export const alibabaEinvoicePaperInvalidOperation = {
  method: 'alibaba.einvoice.paper.invalid',
  responseRoot: 'alibaba_einvoice_paper_invalid_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 纸票作废接口 — calls TOP method `alibaba.einvoice.paper.invalid`.
 *
 * 作废一张已开具的纸票，开票日期在当月，产生逆向时作废即可，开票日期跨月则冲红蓝票
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaEinvoicePaperInvalid(
  client: TopClient,
  request: AlibabaEinvoicePaperInvalidRequest,
  options?: CallOptions,
): Promise<AlibabaEinvoicePaperInvalidResponse> {
  return client.call<AlibabaEinvoicePaperInvalidResponse>(
    {
      method: 'alibaba.einvoice.paper.invalid',
      responseRoot: 'alibaba_einvoice_paper_invalid_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
