// Generated from specs/qianniu/taobao.qianniu.task.remove.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.qianniu.task.remove` (轻任务删除接口). */
export interface TaobaoQianniuTaskRemoveRequest {
  /** 对于发起人删除一个任务，请使用这个字段，同时清除所有处理人。 */
  metadata_id: Int64Input;
}

/** Response of `taobao.qianniu.task.remove`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoQianniuTaskRemoveResponse {
  /** 是否成功 */
  result?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  metadata_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `taobao.qianniu.task.remove`: method, response root, request and response schemas. */
export const taobaoQianniuTaskRemoveOperation = {
  method: 'taobao.qianniu.task.remove',
  responseRoot: 'qianniu_task_remove_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 轻任务删除接口 — calls TOP method `taobao.qianniu.task.remove`.
 *
 * 轻任务删除接口。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoQianniuTaskRemove(
  client: TopClient,
  request: TaobaoQianniuTaskRemoveRequest,
  options?: CallOptions,
): Promise<TaobaoQianniuTaskRemoveResponse> {
  return client.call<TaobaoQianniuTaskRemoveResponse>(
    {
      method: 'taobao.qianniu.task.remove',
      responseRoot: 'qianniu_task_remove_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
