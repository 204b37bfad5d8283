// Generated from specs/einvoice/alibaba.einvoice.red.createreq.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.einvoice.red.createreq` (发票冲红接口). */
export interface AlibabaEinvoiceRedCreatereqRequest {
  /** 销售方税号 */
  payee_register_no: string;
  /**
   * 蓝票流水号，优先级高于发票代码+发票号码
   *
   * Max length: 20
   */
  blue_serial_no?: string;
  /**
   * 红票流水号
   *
   * Max length: 20
   */
  red_serial_no: string;
  /**
   * 蓝票发票代码
   *
   * Max length: 16
   */
  invoice_code?: string;
  /**
   * 蓝票发票号码
   *
   * Max length: 12
   */
  invoice_no?: string;
}

/** Response of `alibaba.einvoice.red.createreq`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaEinvoiceRedCreatereqResponse {
  /** 是否冲红成功 */
  is_success?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  payee_register_no: 'String',
  blue_serial_no: 'String',
  red_serial_no: 'String',
  invoice_code: 'String',
  invoice_no: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  is_success: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.einvoice.red.createreq`: method, response root, request and response schemas. */
export const alibabaEinvoiceRedCreatereqOperation = {
  method: 'alibaba.einvoice.red.createreq',
  responseRoot: 'alibaba_einvoice_red_createreq_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 发票冲红接口 — calls TOP method `alibaba.einvoice.red.createreq`.
 *
 * 发票冲红接口，通过蓝票流水号或者发票号码+发票代码进行冲红
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaEinvoiceRedCreatereq(
  client: TopClient,
  request: AlibabaEinvoiceRedCreatereqRequest,
  options?: CallOptions,
): Promise<AlibabaEinvoiceRedCreatereqResponse> {
  return client.call<AlibabaEinvoiceRedCreatereqResponse>(
    {
      method: 'alibaba.einvoice.red.createreq',
      responseRoot: 'alibaba_einvoice_red_createreq_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
