// Generated from specs/btrip/alitrip.btrip.invoice.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.btrip.invoice.get` (获取用户可用发票列表). */
export interface AlitripBtripInvoiceGetRequest {
  /** 企业id */
  corp_id: string;
  /** 用户id */
  user_id: string;
}

/** Response of `alitrip.btrip.invoice.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripBtripInvoiceGetResponse {
  /** result */
  result?: AlitripBtripInvoiceGetBtriphomeResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `BtriphomeResult` of `alitrip.btrip.invoice.get`. */
export interface AlitripBtripInvoiceGetBtriphomeResult {
  /** module */
  invoice_list?: AlitripBtripInvoiceGetInvoiceList[];
  /** success */
  success?: boolean;
  /** resultMsg */
  result_msg?: string;
  /** resultCode */
  result_code?: Int64;
}

/** `InvoiceList` of `alitrip.btrip.invoice.get`. */
export interface AlitripBtripInvoiceGetInvoiceList {
  /** title */
  title?: string;
  /** id */
  id?: Int64;
}

const REQUEST_SCHEMA = {
  corp_id: 'String',
  user_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    invoice_list: [
      {
        title: 'String',
        id: 'Number',
      },
    ],
    success: 'Boolean',
    result_msg: 'String',
    result_code: 'Number',
  },
} as const satisfies ObjectSchema;

/** Static description of `alitrip.btrip.invoice.get`: method, response root, request and response schemas. */
export const alitripBtripInvoiceGetOperation = {
  method: 'alitrip.btrip.invoice.get',
  responseRoot: 'alitrip_btrip_invoice_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取用户可用发票列表 — calls TOP method `alitrip.btrip.invoice.get`.
 *
 * 差旅申请用户获取可用发票列表
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripBtripInvoiceGet(
  client: TopClient,
  request: AlitripBtripInvoiceGetRequest,
  options?: CallOptions,
): Promise<AlitripBtripInvoiceGetResponse> {
  return client.call<AlitripBtripInvoiceGetResponse>(
    {
      method: 'alitrip.btrip.invoice.get',
      responseRoot: 'alitrip_btrip_invoice_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
