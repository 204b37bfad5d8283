// Generated from specs/tmc/taobao.tmc.queue.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.tmc.queue.get` (获取消息队列积压情况). */
export interface TaobaoTmcQueueGetRequest {
  /** TMC组名 */
  group_name: string;
}

/** Response of `taobao.tmc.queue.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoTmcQueueGetResponse {
  /** 队列详细信息 */
  datas?: TaobaoTmcQueueGetTmcQueueInfo[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TmcQueueInfo` of `taobao.tmc.queue.get`. */
export interface TaobaoTmcQueueGetTmcQueueInfo {
  /** 当前队列当天读取量 */
  get_total?: Int64;
  /** 当前队列当天写入量 */
  put_toal?: Int64;
  /** TMC组名 */
  name?: string;
  /** 消息队列Broker名称 */
  broker_name?: string;
}

const REQUEST_SCHEMA = {
  group_name: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  datas: [
    {
      get_total: 'Number',
      put_toal: 'Number',
      name: 'String',
      broker_name: 'String',
    },
  ],
} as const satisfies ObjectSchema;

/** Static description of `taobao.tmc.queue.get`: method, response root, request and response schemas. */
export const taobaoTmcQueueGetOperation = {
  method: 'taobao.tmc.queue.get',
  responseRoot: 'tmc_queue_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取消息队列积压情况 — calls TOP method `taobao.tmc.queue.get`.
 *
 * 根据appkey和groupName获取消息队列积压情况
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoTmcQueueGet(
  client: TopClient,
  request: TaobaoTmcQueueGetRequest,
  options?: CallOptions,
): Promise<TaobaoTmcQueueGetResponse> {
  return client.call<TaobaoTmcQueueGetResponse>(
    {
      method: 'taobao.tmc.queue.get',
      responseRoot: 'tmc_queue_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
