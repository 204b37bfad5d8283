// Generated from specs/einvoice/alibaba.einvoice.income.scan.return.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.einvoice.income.scan.return` (进项扫描状态回传). */
export interface AlibabaEinvoiceIncomeScanReturnRequest {
  /** 扫描的批次号 */
  batch_no: string;
  /** 扫描状态，0=开始ocr，1=ocr结束，2=开始查验，3=查验结束 */
  status?: Int64Input;
  /** 该批次对应的发票数量，扫描结束和查验结束status=1，3时必填 */
  invoice_count?: Int64Input;
  /** 驱动是否成功，true=成功，false=失败 */
  success: boolean;
  /** 错误码，success=false时填入 */
  error_code?: string;
  /** 错误信息，success=false时必填 */
  error_message?: string;
}

/** Response of `alibaba.einvoice.income.scan.return`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaEinvoiceIncomeScanReturnResponse {
  /** 是否回传成功 */
  is_success?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  batch_no: 'String',
  status: 'Number',
  invoice_count: 'Number',
  success: 'Boolean',
  error_code: 'String',
  error_message: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  is_success: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.einvoice.income.scan.return`: method, response root, request and response schemas. */
export const alibabaEinvoiceIncomeScanReturnOperation = {
  method: 'alibaba.einvoice.income.scan.return',
  responseRoot: 'alibaba_einvoice_income_scan_return_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 进项扫描状态回传 — calls TOP method `alibaba.einvoice.income.scan.return`.
 *
 * 回传进项扫描每个阶段的状态，比如ocr开始，ocr结束，查验开始，查验结束等
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaEinvoiceIncomeScanReturn(
  client: TopClient,
  request: AlibabaEinvoiceIncomeScanReturnRequest,
  options?: CallOptions,
): Promise<AlibabaEinvoiceIncomeScanReturnResponse> {
  return client.call<AlibabaEinvoiceIncomeScanReturnResponse>(
    {
      method: 'alibaba.einvoice.income.scan.return',
      responseRoot: 'alibaba_einvoice_income_scan_return_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
