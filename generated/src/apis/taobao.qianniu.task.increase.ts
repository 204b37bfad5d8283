// Generated from specs/qianniu/taobao.qianniu.task.increase.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.qianniu.task.increase` (增加任务接收人接口). */
export interface TaobaoQianniuTaskIncreaseRequest {
  /** 任务元id */
  metadata_id: Int64Input;
  /** 任务列表，JSON格式，例如： tasks =[{ "receiver_uid" : 123, "receiver_nick" : "nick"}, { "receiver_uid" : 456, "receiver_nick" : "nick2"} ] */
  tasks: string;
}

/** Response of `taobao.qianniu.task.increase`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoQianniuTaskIncreaseResponse {
  /** 是否添加成功 */
  result?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  metadata_id: 'Number',
  tasks: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `taobao.qianniu.task.increase`: method, response root, request and response schemas. */
export const taobaoQianniuTaskIncreaseOperation = {
  method: 'taobao.qianniu.task.increase',
  responseRoot: 'qianniu_task_increase_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 增加任务接收人接口 — calls TOP method `taobao.qianniu.task.increase`.
 *
 * 根据任务元id增加任务接收人
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoQianniuTaskIncrease(
  client: TopClient,
  request: TaobaoQianniuTaskIncreaseRequest,
  options?: CallOptions,
): Promise<TaobaoQianniuTaskIncreaseResponse> {
  return client.call<TaobaoQianniuTaskIncreaseResponse>(
    {
      method: 'taobao.qianniu.task.increase',
      responseRoot: 'qianniu_task_increase_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
