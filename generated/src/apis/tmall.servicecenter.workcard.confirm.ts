// Generated from specs/tmallservice/tmall.servicecenter.workcard.confirm.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.servicecenter.workcard.confirm` (服务商确认服务完成). */
export interface TmallServicecenterWorkcardConfirmRequest {
  /** 工单id */
  workcard_id: Int64Input;
}

/** Response of `tmall.servicecenter.workcard.confirm`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallServicecenterWorkcardConfirmResponse {
  /** 请求结果 */
  result?: TmallServicecenterWorkcardConfirmFulfilplatformResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `FulfilplatformResult` of `tmall.servicecenter.workcard.confirm`. */
export interface TmallServicecenterWorkcardConfirmFulfilplatformResult {
  /** 是否成功 */
  success?: boolean;
  /** 错误信息 */
  msg_info?: string;
  /** 错误编码 */
  msg_code?: string;
}

const REQUEST_SCHEMA = {
  workcard_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    msg_info: 'String',
    msg_code: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `tmall.servicecenter.workcard.confirm`: method, response root, request and response schemas. */
export const tmallServicecenterWorkcardConfirmOperation = {
  method: 'tmall.servicecenter.workcard.confirm',
  responseRoot: 'tmall_servicecenter_workcard_confirm_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 服务商确认服务完成 — calls TOP method `tmall.servicecenter.workcard.confirm`.
 *
 * 提供给外部合作服务商，用于通知天猫，告知寄修服务厂内操作全部完成
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallServicecenterWorkcardConfirm(
  client: TopClient,
  request: TmallServicecenterWorkcardConfirmRequest,
  options?: CallOptions,
): Promise<TmallServicecenterWorkcardConfirmResponse> {
  return client.call<TmallServicecenterWorkcardConfirmResponse>(
    {
      method: 'tmall.servicecenter.workcard.confirm',
      responseRoot: 'tmall_servicecenter_workcard_confirm_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
