// Generated from specs/tmallservice/tmall.service.settleadjustment.cancel.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.service.settleadjustment.cancel` (取消结算调整单). */
export interface TmallServiceSettleadjustmentCancelRequest {
  /** 结算调整单ID */
  id: Int64Input;
  /** 取消原因说明 */
  comments: string;
}

/** Response of `tmall.service.settleadjustment.cancel`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallServiceSettleadjustmentCancelResponse {
  /** result */
  result?: TmallServiceSettleadjustmentCancelResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `tmall.service.settleadjustment.cancel`. */
export interface TmallServiceSettleadjustmentCancelResult {
  /** errorMessage */
  error_message?: TmallServiceSettleadjustmentCancelErrorMessage;
  /** success */
  success?: boolean;
}

/** `ErrorMessage` of `tmall.service.settleadjustment.cancel`. */
export interface TmallServiceSettleadjustmentCancelErrorMessage {
  /** errorCode */
  error_code?: string;
  /** errorMsg */
  error_msg?: string;
}

const REQUEST_SCHEMA = {
  id: 'Number',
  comments: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    error_message: {
      error_code: 'String',
      error_msg: 'String',
    },
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `tmall.service.settleadjustment.cancel`: method, response root, request and response schemas. */
export const tmallServiceSettleadjustmentCancelOperation = {
  method: 'tmall.service.settleadjustment.cancel',
  responseRoot: 'tmall_service_settleadjustment_cancel_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 取消结算调整单 — calls TOP method `tmall.service.settleadjustment.cancel`.
 *
 * 提供给服务商在对取消已经发起的结算调整单。
 * 通过说明调整单ID进行结算调整单取消。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallServiceSettleadjustmentCancel(
  client: TopClient,
  request: TmallServiceSettleadjustmentCancelRequest,
  options?: CallOptions,
): Promise<TmallServiceSettleadjustmentCancelResponse> {
  return client.call<TmallServiceSettleadjustmentCancelResponse>(
    {
      method: 'tmall.service.settleadjustment.cancel',
      responseRoot: 'tmall_service_settleadjustment_cancel_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
