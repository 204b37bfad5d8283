// Generated from specs/einvoice/alibaba.einvoice.closereq.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.einvoice.closereq` (关闭开票失败请求（失败列表可重试）). */
export interface AlibabaEinvoiceClosereqRequest {
  /** 流水号 */
  serial_no: string;
  /** 税号 */
  payee_register_no: string;
}

/** Response of `alibaba.einvoice.closereq`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaEinvoiceClosereqResponse {
  /** 关闭是否成功 */
  result?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  serial_no: 'String',
  payee_register_no: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.einvoice.closereq`: method, response root, request and response schemas. */
export const alibabaEinvoiceClosereqOperation = {
  method: 'alibaba.einvoice.closereq',
  responseRoot: 'alibaba_einvoice_closereq_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 关闭开票失败请求（失败列表可重试） — calls TOP method `alibaba.einvoice.closereq`.
 *
 * 关闭失败开票请求，避免造成重复开票
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaEinvoiceClosereq(
  client: TopClient,
  request: AlibabaEinvoiceClosereqRequest,
  options?: CallOptions,
): Promise<AlibabaEinvoiceClosereqResponse> {
  return client.call<AlibabaEinvoiceClosereqResponse>(
    {
      method: 'alibaba.einvoice.closereq',
      responseRoot: 'alibaba_einvoice_closereq_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
