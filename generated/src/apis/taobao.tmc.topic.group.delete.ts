// Generated from specs/tmc/taobao.tmc.topic.group.delete.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.tmc.topic.group.delete` (删除消息topic分组路由). */
export interface TaobaoTmcTopicGroupDeleteRequest {
  /** 消息分组名 */
  group_name: string;
  /** 消息分组Id，一般不用填写，如果分组已经被删除，则根据问题排查工具返回的ID删除路由关系 */
  group_id?: Int64Input;
  /**
   * 消息topic名称，多个以逗号(,)分割
   *
   * Max list size: 20
   */
  topics: string[];
}

/** Response of `taobao.tmc.topic.group.delete`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoTmcTopicGroupDeleteResponse {
  /** true */
  result?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  group_name: 'String',
  group_id: 'Number',
  topics: ['String'],
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `taobao.tmc.topic.group.delete`: method, response root, request and response schemas. */
export const taobaoTmcTopicGroupDeleteOperation = {
  method: 'taobao.tmc.topic.group.delete',
  responseRoot: 'tmc_topic_group_delete_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 删除消息topic分组路由 — calls TOP method `taobao.tmc.topic.group.delete`.
 *
 * 删除根据topic名称路由消息到不同的分组关系
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoTmcTopicGroupDelete(
  client: TopClient,
  request: TaobaoTmcTopicGroupDeleteRequest,
  options?: CallOptions,
): Promise<TaobaoTmcTopicGroupDeleteResponse> {
  return client.call<TaobaoTmcTopicGroupDeleteResponse>(
    {
      method: 'taobao.tmc.topic.group.delete',
      responseRoot: 'tmc_topic_group_delete_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
