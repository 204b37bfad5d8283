// Generated from specs/einvoice/alibaba.einvoice.invoiceapply.update.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.einvoice.invoiceapply.update` (商家开票申请单状态回传). */
export interface AlibabaEinvoiceInvoiceapplyUpdateRequest {
  /** 申请单id */
  apply_id?: string;
  /** 申请单状态：1：待确认，2：开票中，3：拒绝开票，4：发票已发出，0：完成开票 */
  status?: Int64Input;
  /** 扩展信息,目前用于回传文本及物流消息 */
  ex_info?: string;
}

/** Response of `alibaba.einvoice.invoiceapply.update`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaEinvoiceInvoiceapplyUpdateResponse {
  /** 更新结果 */
  result?: boolean;
  /** totalCount */
  total_count?: Int64;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  apply_id: 'String',
  status: 'Number',
  ex_info: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: 'Boolean',
  total_count: 'Number',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.einvoice.invoiceapply.update`: method, response root, request and response schemas. */
export const alibabaEinvoiceInvoiceapplyUpdateOperation = {
  method: 'alibaba.einvoice.invoiceapply.update',
  responseRoot: 'alibaba_einvoice_invoiceapply_update_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 商家开票申请单状态回传 — calls TOP method `alibaba.einvoice.invoiceapply.update`.
 *
 * 开票服务商更新商家开票申请单状态
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaEinvoiceInvoiceapplyUpdate(
  client: TopClient,
  request: AlibabaEinvoiceInvoiceapplyUpdateRequest = {},
  options?: CallOptions,
): Promise<AlibabaEinvoiceInvoiceapplyUpdateResponse> {
  return client.call<AlibabaEinvoiceInvoiceapplyUpdateResponse>(
    {
      method: 'alibaba.einvoice.invoiceapply.update',
      responseRoot: 'alibaba_einvoice_invoiceapply_update_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
