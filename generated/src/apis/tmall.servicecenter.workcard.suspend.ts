// Generated from specs/tmallservice/tmall.servicecenter.workcard.suspend.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.servicecenter.workcard.suspend` (工单挂起). */
export interface TmallServicecenterWorkcardSuspendRequest {
  /** 预约时间（与下次联系时间二选一填入） */
  reserve_service_date?: DateInput;
  /** 下次联系时间（与预约时间二选一填入） */
  gmt_next_contact?: DateInput;
  /** 工单id */
  workcard_id?: Int64Input;
  /** 挂起原因类型code */
  fail_code?: Int64Input;
  /** 挂起原因描述 */
  fail_desc?: string;
}

/** Response of `tmall.servicecenter.workcard.suspend`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallServicecenterWorkcardSuspendResponse {
  /** 系统自动生成 */
  result?: TmallServicecenterWorkcardSuspendResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `tmall.servicecenter.workcard.suspend`. */
export interface TmallServicecenterWorkcardSuspendResult {
  /** 是否失败 */
  success?: boolean;
  /** 错误原因描述 */
  msg_info?: string;
  /** 错误码 */
  msg_code?: string;
}

const REQUEST_SCHEMA = {
  reserve_service_date: 'Date',
  gmt_next_contact: 'Date',
  workcard_id: 'Number',
  fail_code: 'Number',
  fail_desc: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    msg_info: 'String',
    msg_code: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `tmall.servicecenter.workcard.suspend`: method, response root, request and response schemas. */
export const tmallServicecenterWorkcardSuspendOperation = {
  method: 'tmall.servicecenter.workcard.suspend',
  responseRoot: 'tmall_servicecenter_workcard_suspend_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 工单挂起 — calls TOP method `tmall.servicecenter.workcard.suspend`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallServicecenterWorkcardSuspend(
  client: TopClient,
  request: TmallServicecenterWorkcardSuspendRequest = {},
  options?: CallOptions,
): Promise<TmallServicecenterWorkcardSuspendResponse> {
  return client.call<TmallServicecenterWorkcardSuspendResponse>(
    {
      method: 'tmall.servicecenter.workcard.suspend',
      responseRoot: 'tmall_servicecenter_workcard_suspend_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
