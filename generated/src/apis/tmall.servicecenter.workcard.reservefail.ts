// Generated from specs/tmallservice/tmall.servicecenter.workcard.reservefail.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.servicecenter.workcard.reservefail` (预约失败). */
export interface TmallServicecenterWorkcardReservefailRequest {
  /** 核销单外部id */
  identify_task_id?: Int64Input;
  /** 下次联系时间 */
  gmt_next_contact?: DateInput;
  /** 预约失败原因码 */
  fail_code: Int64Input;
  /** 预约失败原因描述 */
  fail_desc?: string;
  /** 工单id */
  workcard_id?: Int64Input;
}

/** Response of `tmall.servicecenter.workcard.reservefail`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallServicecenterWorkcardReservefailResponse {
  /** - */
  result?: TmallServicecenterWorkcardReservefailResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `tmall.servicecenter.workcard.reservefail`. */
export interface TmallServicecenterWorkcardReservefailResult {
  /** 用于对外展示的错误信息 */
  display_msg?: string;
  /** 是否成功 */
  success?: boolean;
  /** 消息代码 */
  msg_code?: string;
  /** 系统级错误信息 */
  msg_info?: string;
}

const REQUEST_SCHEMA = {
  identify_task_id: 'Number',
  gmt_next_contact: 'Date',
  fail_code: 'Number',
  fail_desc: 'String',
  workcard_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    display_msg: 'String',
    success: 'Boolean',
    msg_code: 'String',
    msg_info: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `tmall.servicecenter.workcard.reservefail`: method, response root, request and response schemas. */
export const tmallServicecenterWorkcardReservefailOperation = {
  method: 'tmall.servicecenter.workcard.reservefail',
  responseRoot: 'tmall_servicecenter_workcard_reservefail_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 预约失败 — calls TOP method `tmall.servicecenter.workcard.reservefail`.
 *
 * 服务商调用该接口回传工单预约失败
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallServicecenterWorkcardReservefail(
  client: TopClient,
  request: TmallServicecenterWorkcardReservefailRequest,
  options?: CallOptions,
): Promise<TmallServicecenterWorkcardReservefailResponse> {
  return client.call<TmallServicecenterWorkcardReservefailResponse>(
    {
      method: 'tmall.servicecenter.workcard.reservefail',
      responseRoot: 'tmall_servicecenter_workcard_reservefail_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
