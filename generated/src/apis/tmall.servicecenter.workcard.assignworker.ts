// Generated from specs/tmallservice/tmall.servicecenter.workcard.assignworker.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.servicecenter.workcard.assignworker` (服务商分派工人). */
export interface TmallServicecenterWorkcardAssignworkerRequest {
  /** 核销单外部id */
  outer_id?: string;
  /** 需要指派的工人id */
  target_worker_id?: Int64Input;
  /** 需要指派的工人手机 */
  target_worker_mobile?: string;
  /** 需要派工人的工单id */
  workcard_id?: Int64Input;
  /** 需要指派的工人姓名 */
  target_worker_name?: string;
  /** 不检查订单类型的原因ID由运营提供，服务商不可自由传 */
  stop_order_type_check_reason?: Int64Input;
  /** 核销单id */
  fulfil_task_id?: Int64Input;
  /** 扩展信息 */
  ext_json?: string;
}

/** Response of `tmall.servicecenter.workcard.assignworker`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallServicecenterWorkcardAssignworkerResponse {
  /** - */
  result?: TmallServicecenterWorkcardAssignworkerResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `tmall.servicecenter.workcard.assignworker`. */
export interface TmallServicecenterWorkcardAssignworkerResult {
  /** 用于对外展示的信息 */
  display_msg?: string;
  /** 是否成功 */
  success?: boolean;
  /** 消息代码 */
  msg_code?: string;
  /** 系统级错误信息 */
  msg_info?: string;
}

const REQUEST_SCHEMA = {
  outer_id: 'String',
  target_worker_id: 'Number',
  target_worker_mobile: 'String',
  workcard_id: 'Number',
  target_worker_name: 'String',
  stop_order_type_check_reason: 'Number',
  fulfil_task_id: 'Number',
  ext_json: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    display_msg: 'String',
    success: 'Boolean',
    msg_code: 'String',
    msg_info: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `tmall.servicecenter.workcard.assignworker`: method, response root, request and response schemas. */
export const tmallServicecenterWorkcardAssignworkerOperation = {
  method: 'tmall.servicecenter.workcard.assignworker',
  responseRoot: 'tmall_servicecenter_workcard_assignworker_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 服务商分派工人 — calls TOP method `tmall.servicecenter.workcard.assignworker`.
 *
 * 服务商调用该接口分派工人给具体的工单
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallServicecenterWorkcardAssignworker(
  client: TopClient,
  request: TmallServicecenterWorkcardAssignworkerRequest = {},
  options?: CallOptions,
): Promise<TmallServicecenterWorkcardAssignworkerResponse> {
  return client.call<TmallServicecenterWorkcardAssignworkerResponse>(
    {
      method: 'tmall.servicecenter.workcard.assignworker',
      responseRoot: 'tmall_servicecenter_workcard_assignworker_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
