// Generated from specs/tmc/taobao.tmc.topic.group.add.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.tmc.topic.group.add` (topic分组路由). */
export interface TaobaoTmcTopicGroupAddRequest {
  /** 消息分组名，如果不存在，会自动创建 */
  group_name: string;
  /**
   * 消息topic名称，多个以逗号(,)分割
   *
   * Max list size: 20
   */
  topics: string[];
}

/** Response of `taobao.tmc.topic.group.add`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoTmcTopicGroupAddResponse {
  /** true */
  result?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  group_name: 'String',
  topics: ['String'],
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `taobao.tmc.topic.group.add`: method, response root, request and response schemas. */
export const taobaoTmcTopicGroupAddOperation = {
  method: 'taobao.tmc.topic.group.add',
  responseRoot: 'tmc_topic_group_add_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * topic分组路由 — calls TOP method `taobao.tmc.topic.group.add`.
 *
 * 根据topic名称路由消息到不同的分组。（前提：发送方未指定分组名）
 * 如果是需要授权的消息，分组路由先判断用户分组路由(使用taobao.tmc.group.add添加的路由)，用户分组路由不存在时，才会判断topic分组路由
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoTmcTopicGroupAdd(
  client: TopClient,
  request: TaobaoTmcTopicGroupAddRequest,
  options?: CallOptions,
): Promise<TaobaoTmcTopicGroupAddResponse> {
  return client.call<TaobaoTmcTopicGroupAddResponse>(
    {
      method: 'taobao.tmc.topic.group.add',
      responseRoot: 'tmc_topic_group_add_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
