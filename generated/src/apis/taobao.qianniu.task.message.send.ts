// Generated from specs/qianniu/taobao.qianniu.task.message.send.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.qianniu.task.message.send` (发送任务提醒消息). */
export interface TaobaoQianniuTaskMessageSendRequest {
  /** 任务ID。如果taskid不为空，则只发给task对应的单个接收人。如果taskid为空，则发给metadata_id对应的所有接收人。 */
  task_id?: Int64Input;
  /** 任务元id，如果taskid不为空，则只发给task对应的单个接收人。如果taskid为空，则发给metadata_id对应的所有接收人。 */
  metadata_id?: Int64Input;
}

/** Response of `taobao.qianniu.task.message.send`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoQianniuTaskMessageSendResponse {
  /** 是否成功 */
  result?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  task_id: 'Number',
  metadata_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `taobao.qianniu.task.message.send`: method, response root, request and response schemas. */
export const taobaoQianniuTaskMessageSendOperation = {
  method: 'taobao.qianniu.task.message.send',
  responseRoot: 'qianniu_task_message_send_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 发送任务提醒消息 — calls TOP method `taobao.qianniu.task.message.send`.
 *
 * 如果taskid不为空，则只发给task对应的单个接收人。如果taskid为空，则发给metadata_id对应的所有接收人。消息会以任务消息的形式发给客户端。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoQianniuTaskMessageSend(
  client: TopClient,
  request: TaobaoQianniuTaskMessageSendRequest = {},
  options?: CallOptions,
): Promise<TaobaoQianniuTaskMessageSendResponse> {
  return client.call<TaobaoQianniuTaskMessageSendResponse>(
    {
      method: 'taobao.qianniu.task.message.send',
      responseRoot: 'qianniu_task_message_send_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
