// Generated from specs/tvupadmin/yunos.tvpubadmin.manage.topic.list.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `yunos.tvpubadmin.manage.topic.list` (专题内容操作列表). */
export interface YunosTvpubadminManageTopicListRequest {
  /** 查询条件 */
  query?: string;
}

/** Response of `yunos.tvpubadmin.manage.topic.list`: TOP returns only requested, non-null fields, so all are optional. */
export interface YunosTvpubadminManageTopicListResponse {
  /** object */
  object?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  query: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  object: 'String',
} as const satisfies ObjectSchema;

/** Static description of `yunos.tvpubadmin.manage.topic.list`: method, response root, request and response schemas. */
export const yunosTvpubadminManageTopicListOperation = {
  method: 'yunos.tvpubadmin.manage.topic.list',
  responseRoot: 'yunos_tvpubadmin_manage_topic_list_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 专题内容操作列表 — calls TOP method `yunos.tvpubadmin.manage.topic.list`.
 *
 * 获取外部可操作编辑的专题列表
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function yunosTvpubadminManageTopicList(
  client: TopClient,
  request: YunosTvpubadminManageTopicListRequest = {},
  options?: CallOptions,
): Promise<YunosTvpubadminManageTopicListResponse> {
  return client.call<YunosTvpubadminManageTopicListResponse>(
    {
      method: 'yunos.tvpubadmin.manage.topic.list',
      responseRoot: 'yunos_tvpubadmin_manage_topic_list_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
