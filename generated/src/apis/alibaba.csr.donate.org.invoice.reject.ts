// Generated from specs/charity/alibaba.csr.donate.org.invoice.reject.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.csr.donate.org.invoice.reject` (机构驳回商家票据信息). */
export interface AlibabaCsrDonateOrgInvoiceRejectRequest {
  /** 参数 */
  csr_invoice_external_org_reject_dto?: AlibabaCsrDonateOrgInvoiceRejectCsrInvoiceExternalOrgRejectDTOInput;
}

/** Response of `alibaba.csr.donate.org.invoice.reject`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaCsrDonateOrgInvoiceRejectResponse {
  /** 响应描述 */
  res_msg?: string;
  /** 响应码 */
  res_code?: Int64;
  /** 无 */
  res_data?: string;
  /** 成功 */
  res_success?: boolean;
  /** 无 */
  res_localized_msg?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `CsrInvoiceExternalOrgRejectDTO` of `alibaba.csr.donate.org.invoice.reject`. */
export interface AlibabaCsrDonateOrgInvoiceRejectCsrInvoiceExternalOrgRejectDTOInput {
  /** 拒绝原因 */
  reject_reason: string;
  /** 发票id */
  invoice_id: string;
  /** 操作人 */
  operator: string;
}

const REQUEST_SCHEMA = {
  csr_invoice_external_org_reject_dto: {
    reject_reason: 'String',
    invoice_id: 'String',
    operator: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  res_msg: 'String',
  res_code: 'Number',
  res_data: 'String',
  res_success: 'Boolean',
  res_localized_msg: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.csr.donate.org.invoice.reject`: method, response root, request and response schemas. */
export const alibabaCsrDonateOrgInvoiceRejectOperation = {
  method: 'alibaba.csr.donate.org.invoice.reject',
  responseRoot: 'alibaba_csr_donate_org_invoice_reject_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 机构驳回商家票据信息 — calls TOP method `alibaba.csr.donate.org.invoice.reject`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaCsrDonateOrgInvoiceReject(
  client: TopClient,
  request: AlibabaCsrDonateOrgInvoiceRejectRequest = {},
  options?: CallOptions,
): Promise<AlibabaCsrDonateOrgInvoiceRejectResponse> {
  return client.call<AlibabaCsrDonateOrgInvoiceRejectResponse>(
    {
      method: 'alibaba.csr.donate.org.invoice.reject',
      responseRoot: 'alibaba_csr_donate_org_invoice_reject_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
