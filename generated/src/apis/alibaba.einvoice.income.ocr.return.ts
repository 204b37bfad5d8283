// Generated from specs/einvoice/alibaba.einvoice.income.ocr.return.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient, TopFile } from '../runtime/index.js';

/** Request params of `alibaba.einvoice.income.ocr.return` (服务商回传发票ocr的结果). */
export interface AlibabaEinvoiceIncomeOcrReturnRequest {
  /** 校验码，ocr结果为普票，success=true并且invoiceKind=1时必填 */
  checksum?: string;
  /** 错误码，success=false是必填 */
  error_code?: string;
  /** 错误消息，success=false是必填 */
  error_message?: string;
  /** 发票ocr影像文件，type=1时必填 */
  image_data?: TopFile;
  /** 发票ocr影像编号，type=1时必填 */
  image_id?: string;
  /** 发票代码，success=true时必填 */
  invoice_code?: string;
  /** 开票日期，格式为yyyy-MM-dd，success=true时必填 */
  invoice_date?: string;
  /** 发票种类，1=普票，2=专票，success=true时必填 */
  invoice_kind?: Int64Input;
  /** 发票号码，success=true时必填 */
  invoice_no?: string;
  /** 开票请求标识，扫描驱动回传type=1时填批次号 */
  req_index: string;
  /** ocr结果，true=成功，false=失败 */
  success: boolean;
  /** 不含税金额，ocr结果为专票，success=true并且invoiceKind=2时必填 */
  sum_price?: string;
  /** 请求类型，0=阿里主动发起的cor，1=扫描驱动服务商主动回传ocr结果 */
  type: Int64Input;
}

/** Response of `alibaba.einvoice.income.ocr.return`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaEinvoiceIncomeOcrReturnResponse {
  /** 接口调用结果，true=成功，false=失败，subCode以isp开头时需要服务商重试 */
  is_success?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  checksum: 'String',
  error_code: 'String',
  error_message: 'String',
  image_data: 'byte[]',
  image_id: 'String',
  invoice_code: 'String',
  invoice_date: 'String',
  invoice_kind: 'Number',
  invoice_no: 'String',
  req_index: 'String',
  success: 'Boolean',
  sum_price: 'String',
  type: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  is_success: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.einvoice.income.ocr.return`: method, response root, request and response schemas. */
export const alibabaEinvoiceIncomeOcrReturnOperation = {
  method: 'alibaba.einvoice.income.ocr.return',
  responseRoot: 'alibaba_einvoice_income_ocr_return_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 服务商回传发票ocr的结果 — calls TOP method `alibaba.einvoice.income.ocr.return`.
 *
 * 服务商回传发票ocr的结果，分两种场景：扫描驱动服务商主动回传；阿里主动发起的ocr回传
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaEinvoiceIncomeOcrReturn(
  client: TopClient,
  request: AlibabaEinvoiceIncomeOcrReturnRequest,
  options?: CallOptions,
): Promise<AlibabaEinvoiceIncomeOcrReturnResponse> {
  return client.call<AlibabaEinvoiceIncomeOcrReturnResponse>(
    {
      method: 'alibaba.einvoice.income.ocr.return',
      responseRoot: 'alibaba_einvoice_income_ocr_return_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
