// Generated from specs/btrip/alitrip.btrip.invoice.search.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.btrip.invoice.search` (根据发票抬头搜索发票). */
export interface AlitripBtripInvoiceSearchRequest {
  /** 企业id */
  corp_id?: string;
  /** 用户id */
  user_id?: string;
  /** 发票抬头 */
  title?: string;
}

/** Response of `alitrip.btrip.invoice.search`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripBtripInvoiceSearchResponse {
  /** result */
  result?: AlitripBtripInvoiceSearchBtriphomeResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `BtriphomeResult` of `alitrip.btrip.invoice.search`. */
export interface AlitripBtripInvoiceSearchBtriphomeResult {
  /** module */
  invoice?: AlitripBtripInvoiceSearchOpenInvoiceDo;
  /** success */
  success?: boolean;
  /** resultMsg */
  result_msg?: string;
  /** resultCode */
  result_code?: Int64;
}

/** `OpenInvoiceDo` of `alitrip.btrip.invoice.search`. */
export interface AlitripBtripInvoiceSearchOpenInvoiceDo {
  /** title */
  title?: string;
  /** id */
  id?: Int64;
}

const REQUEST_SCHEMA = {
  corp_id: 'String',
  user_id: 'String',
  title: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    invoice: {
      title: 'String',
      id: 'Number',
    },
    success: 'Boolean',
    result_msg: 'String',
    result_code: 'Number',
  },
} as const satisfies ObjectSchema;

/** Static description of `alitrip.btrip.invoice.search`: method, response root, request and response schemas. */
export const alitripBtripInvoiceSearchOperation = {
  method: 'alitrip.btrip.invoice.search',
  responseRoot: 'alitrip_btrip_invoice_search_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 根据发票抬头搜索发票 — calls TOP method `alitrip.btrip.invoice.search`.
 *
 * 用户根据发票抬头搜索发票信息
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripBtripInvoiceSearch(
  client: TopClient,
  request: AlitripBtripInvoiceSearchRequest = {},
  options?: CallOptions,
): Promise<AlitripBtripInvoiceSearchResponse> {
  return client.call<AlitripBtripInvoiceSearchResponse>(
    {
      method: 'alitrip.btrip.invoice.search',
      responseRoot: 'alitrip_btrip_invoice_search_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
