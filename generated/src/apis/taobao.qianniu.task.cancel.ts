// Generated from specs/qianniu/taobao.qianniu.task.cancel.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.qianniu.task.cancel` (取消轻任务). */
export interface TaobaoQianniuTaskCancelRequest {
  /** 任务元数据ID */
  meta_id: Int64Input;
  /** 任务备注 */
  memo?: string;
}

/** Response of `taobao.qianniu.task.cancel`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoQianniuTaskCancelResponse {
  /** 是否成功 */
  result?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  meta_id: 'Number',
  memo: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `taobao.qianniu.task.cancel`: method, response root, request and response schemas. */
export const taobaoQianniuTaskCancelOperation = {
  method: 'taobao.qianniu.task.cancel',
  responseRoot: 'qianniu_task_cancel_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 取消轻任务 — calls TOP method `taobao.qianniu.task.cancel`.
 *
 * 由任务发起者调用
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoQianniuTaskCancel(
  client: TopClient,
  request: TaobaoQianniuTaskCancelRequest,
  options?: CallOptions,
): Promise<TaobaoQianniuTaskCancelResponse> {
  return client.call<TaobaoQianniuTaskCancelResponse>(
    {
      method: 'taobao.qianniu.task.cancel',
      responseRoot: 'qianniu_task_cancel_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
