// Generated from specs/legalcase/alibaba.legal.case.entrust.callback.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.legal.case.entrust.callback` (委托回调接口). */
export interface AlibabaLegalCaseEntrustCallbackRequest {
  /** 委托id */
  entrust_id?: Int64Input;
  /** 案件id */
  case_id?: Int64Input;
}

/** Response of `alibaba.legal.case.entrust.callback`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaLegalCaseEntrustCallbackResponse {
  /** void */
  content?: string | Record<string, unknown>;
  /** error_code */
  e_code?: string;
  /** error_msg */
  e_msg?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  entrust_id: 'Number',
  case_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  content: 'Json',
  e_code: 'String',
  e_msg: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.legal.case.entrust.callback`: method, response root, request and response schemas. */
export const alibabaLegalCaseEntrustCallbackOperation = {
  method: 'alibaba.legal.case.entrust.callback',
  responseRoot: 'alibaba_legal_case_entrust_callback_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 委托回调接口 — calls TOP method `alibaba.legal.case.entrust.callback`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaLegalCaseEntrustCallback(
  client: TopClient,
  request: AlibabaLegalCaseEntrustCallbackRequest = {},
  options?: CallOptions,
): Promise<AlibabaLegalCaseEntrustCallbackResponse> {
  return client.call<AlibabaLegalCaseEntrustCallbackResponse>(
    {
      method: 'alibaba.legal.case.entrust.callback',
      responseRoot: 'alibaba_legal_case_entrust_callback_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
