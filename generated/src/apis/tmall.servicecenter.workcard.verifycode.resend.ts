// Generated from specs/tmallservice/tmall.servicecenter.workcard.verifycode.resend.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.servicecenter.workcard.verifycode.resend` (重发核销码). */
export interface TmallServicecenterWorkcardVerifycodeResendRequest {
  /** 工单id */
  workcard_id?: Int64Input;
  /** 门店/网点id */
  service_store_id?: Int64Input;
}

/** Response of `tmall.servicecenter.workcard.verifycode.resend`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallServicecenterWorkcardVerifycodeResendResponse {
  /** 调用结果 */
  result?: TmallServicecenterWorkcardVerifycodeResendResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `tmall.servicecenter.workcard.verifycode.resend`. */
export interface TmallServicecenterWorkcardVerifycodeResendResult {
  /** 调用是否成功 */
  success?: boolean;
  /** 错误码 */
  msg_code?: string;
  /** 错误信息 */
  msg_info?: string;
}

const REQUEST_SCHEMA = {
  workcard_id: 'Number',
  service_store_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    msg_code: 'String',
    msg_info: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `tmall.servicecenter.workcard.verifycode.resend`: method, response root, request and response schemas. */
export const tmallServicecenterWorkcardVerifycodeResendOperation = {
  method: 'tmall.servicecenter.workcard.verifycode.resend',
  responseRoot: 'tmall_servicecenter_workcard_verifycode_resend_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 重发核销码 — calls TOP method `tmall.servicecenter.workcard.verifycode.resend`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallServicecenterWorkcardVerifycodeResend(
  client: TopClient,
  request: TmallServicecenterWorkcardVerifycodeResendRequest = {},
  options?: CallOptions,
): Promise<TmallServicecenterWorkcardVerifycodeResendResponse> {
  return client.call<TmallServicecenterWorkcardVerifycodeResendResponse>(
    {
      method: 'tmall.servicecenter.workcard.verifycode.resend',
      responseRoot: 'tmall_servicecenter_workcard_verifycode_resend_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
