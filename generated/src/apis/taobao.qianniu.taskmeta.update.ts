// Generated from specs/qianniu/taobao.qianniu.taskmeta.update.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.qianniu.taskmeta.update` (更新任务元数据). */
export interface TaobaoQianniuTaskmetaUpdateRequest {
  /**
   * 要更新的任务元数据，JSON格式，例如：
   * meta= {
   * "id" : 1,
   * "title" : "xxx",
   * "content" : "yyyy",
   * "biz_sys_Id" : 12232,
   * "biz_sys_task_type" : 1212,
   * "start_time" : 1380173565480,
   * "end_time" : 1380173565480,
   * "sender_uid" : 213123213,
   * "sender_nick" : "tbtest1063",
   * "reminder_flag" : 1,
   * "finish_strategy" : 1
   * }
   */
  meta: string;
}

/** Response of `taobao.qianniu.taskmeta.update`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoQianniuTaskmetaUpdateResponse {
  /** 是否成功 */
  result?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  meta: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `taobao.qianniu.taskmeta.update`: method, response root, request and response schemas. */
export const taobaoQianniuTaskmetaUpdateOperation = {
  method: 'taobao.qianniu.taskmeta.update',
  responseRoot: 'qianniu_taskmeta_update_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 更新任务元数据 — calls TOP method `taobao.qianniu.taskmeta.update`.
 *
 * 由任务发起者调用
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoQianniuTaskmetaUpdate(
  client: TopClient,
  request: TaobaoQianniuTaskmetaUpdateRequest,
  options?: CallOptions,
): Promise<TaobaoQianniuTaskmetaUpdateResponse> {
  return client.call<TaobaoQianniuTaskmetaUpdateResponse>(
    {
      method: 'taobao.qianniu.taskmeta.update',
      responseRoot: 'qianniu_taskmeta_update_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
