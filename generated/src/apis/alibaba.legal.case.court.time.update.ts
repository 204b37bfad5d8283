// Generated from specs/legalcase/alibaba.legal.case.court.time.update.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.legal.case.court.time.update` (开庭时间变更). */
export interface AlibabaLegalCaseCourtTimeUpdateRequest {
  /** 案件id */
  case_id: Int64Input;
  /** 委托id */
  entrust_id: Int64Input;
  /** 开庭时间 */
  court_time: DateInput;
}

/** Response of `alibaba.legal.case.court.time.update`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaLegalCaseCourtTimeUpdateResponse {
  /** alinkappserver系统返回的通用结果类 */
  result?: AlibabaLegalCaseCourtTimeUpdateServiceResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ServiceResult` of `alibaba.legal.case.court.time.update`. */
export interface AlibabaLegalCaseCourtTimeUpdateServiceResult {
  /** success */
  success?: boolean;
  /** error */
  error_code?: string;
  /** content */
  content?: string | Record<string, unknown>;
  /** msg */
  error_msg?: string;
}

const REQUEST_SCHEMA = {
  case_id: 'Number',
  entrust_id: 'Number',
  court_time: 'Date',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    error_code: 'String',
    content: 'Json',
    error_msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.legal.case.court.time.update`: method, response root, request and response schemas. */
export const alibabaLegalCaseCourtTimeUpdateOperation = {
  method: 'alibaba.legal.case.court.time.update',
  responseRoot: 'alibaba_legal_case_court_time_update_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 开庭时间变更 — calls TOP method `alibaba.legal.case.court.time.update`.
 *
 * 修改案件的开庭时间
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaLegalCaseCourtTimeUpdate(
  client: TopClient,
  request: AlibabaLegalCaseCourtTimeUpdateRequest,
  options?: CallOptions,
): Promise<AlibabaLegalCaseCourtTimeUpdateResponse> {
  return client.call<AlibabaLegalCaseCourtTimeUpdateResponse>(
    {
      method: 'alibaba.legal.case.court.time.update',
      responseRoot: 'alibaba_legal_case_court_time_update_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
