// Generated from specs/einvoice/alibaba.einvoice.income.certificate.return.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.einvoice.income.certificate.return` (服务商回传进项认证结果). */
export interface AlibabaEinvoiceIncomeCertificateReturnRequest {
  /** 错误码，success=false时必填 */
  error_code?: string;
  /** 错误信息，success=false时必填 */
  error_message?: string;
  /** 请求标识 */
  req_index: string;
  /** 认证结果，true=成功，false=失败 */
  success: boolean;
  /** 认证步骤，1=勾选，2=汇总，3=确认 */
  step: Int64Input;
}

/** Response of `alibaba.einvoice.income.certificate.return`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaEinvoiceIncomeCertificateReturnResponse {
  /** 接口是否调用成功 */
  is_success?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  error_code: 'String',
  error_message: 'String',
  req_index: 'String',
  success: 'Boolean',
  step: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  is_success: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.einvoice.income.certificate.return`: method, response root, request and response schemas. */
export const alibabaEinvoiceIncomeCertificateReturnOperation = {
  method: 'alibaba.einvoice.income.certificate.return',
  responseRoot: 'alibaba_einvoice_income_certificate_return_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 服务商回传进项认证结果 — calls TOP method `alibaba.einvoice.income.certificate.return`.
 *
 * 服务商回传客户端agent所处环境的设备列表，比如扫描仪
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaEinvoiceIncomeCertificateReturn(
  client: TopClient,
  request: AlibabaEinvoiceIncomeCertificateReturnRequest,
  options?: CallOptions,
): Promise<AlibabaEinvoiceIncomeCertificateReturnResponse> {
  return client.call<AlibabaEinvoiceIncomeCertificateReturnResponse>(
    {
      method: 'alibaba.einvoice.income.certificate.return',
      responseRoot: 'alibaba_einvoice_income_certificate_return_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
