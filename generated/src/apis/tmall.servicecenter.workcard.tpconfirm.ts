// Generated from specs/tmallsc/tmall.servicecenter.workcard.tpconfirm.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.servicecenter.workcard.tpconfirm` (确认服务完成). */
export interface TmallServicecenterWorkcardTpconfirmRequest {
  /** 服务商确认服务完成信息 */
  tp_confirm_request: TmallServicecenterWorkcardTpconfirmTpConfirmRequestInput;
}

/** Response of `tmall.servicecenter.workcard.tpconfirm`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallServicecenterWorkcardTpconfirmResponse {
  /** 错误信息 */
  msg_info?: string;
  /** 错误码 */
  msg_code?: string;
  /** 是否成功 */
  is_success?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TpConfirmRequest` of `tmall.servicecenter.workcard.tpconfirm`. */
export interface TmallServicecenterWorkcardTpconfirmTpConfirmRequestInput {
  /** 工单id */
  workcard_id: Int64Input;
}

const REQUEST_SCHEMA = {
  tp_confirm_request: {
    workcard_id: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  msg_info: 'String',
  msg_code: 'String',
  is_success: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `tmall.servicecenter.workcard.tpconfirm`: method, response root, request and response schemas. */
export const tmallServicecenterWorkcardTpconfirmOperation = {
  method: 'tmall.servicecenter.workcard.tpconfirm',
  responseRoot: 'tmall_servicecenter_workcard_tpconfirm_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 确认服务完成 — calls TOP method `tmall.servicecenter.workcard.tpconfirm`.
 *
 * 服务商确认服务完成
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallServicecenterWorkcardTpconfirm(
  client: TopClient,
  request: TmallServicecenterWorkcardTpconfirmRequest,
  options?: CallOptions,
): Promise<TmallServicecenterWorkcardTpconfirmResponse> {
  return client.call<TmallServicecenterWorkcardTpconfirmResponse>(
    {
      method: 'tmall.servicecenter.workcard.tpconfirm',
      responseRoot: 'tmall_servicecenter_workcard_tpconfirm_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
