// Generated from specs/qianniu/taobao.qianniu.task.finish.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.qianniu.task.finish` (完成轻任务). */
export interface TaobaoQianniuTaskFinishRequest {
  /** 任务ID */
  task_id: Int64Input;
  /** 任务备注 */
  memo?: string;
}

/** Response of `taobao.qianniu.task.finish`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoQianniuTaskFinishResponse {
  /** 是否成功 */
  result?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  task_id: 'Number',
  memo: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `taobao.qianniu.task.finish`: method, response root, request and response schemas. */
export const taobaoQianniuTaskFinishOperation = {
  method: 'taobao.qianniu.task.finish',
  responseRoot: 'qianniu_task_finish_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 完成轻任务 — calls TOP method `taobao.qianniu.task.finish`.
 *
 * 由任务执行者调用
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoQianniuTaskFinish(
  client: TopClient,
  request: TaobaoQianniuTaskFinishRequest,
  options?: CallOptions,
): Promise<TaobaoQianniuTaskFinishResponse> {
  return client.call<TaobaoQianniuTaskFinishResponse>(
    {
      method: 'taobao.qianniu.task.finish',
      responseRoot: 'qianniu_task_finish_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
