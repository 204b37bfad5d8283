// Generated from specs/tvupadmin/yunos.tvpubadmin.manage.topic.contentlist.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `yunos.tvpubadmin.manage.topic.contentlist` (查看专题内容列表). */
export interface YunosTvpubadminManageTopicContentlistRequest {
  /** 节目查询参数 */
  program_query?: string;
}

/** Response of `yunos.tvpubadmin.manage.topic.contentlist`: TOP returns only requested, non-null fields, so all are optional. */
export interface YunosTvpubadminManageTopicContentlistResponse {
  /** object */
  object?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  program_query: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  object: 'String',
} as const satisfies ObjectSchema;

/** Static description of `yunos.tvpubadmin.manage.topic.contentlist`: method, response root, request and response schemas. */
export const yunosTvpubadminManageTopicContentlistOperation = {
  method: 'yunos.tvpubadmin.manage.topic.contentlist',
  responseRoot: 'yunos_tvpubadmin_manage_topic_contentlist_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查看专题内容列表 — calls TOP method `yunos.tvpubadmin.manage.topic.contentlist`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function yunosTvpubadminManageTopicContentlist(
  client: TopClient,
  request: YunosTvpubadminManageTopicContentlistRequest = {},
  options?: CallOptions,
): Promise<YunosTvpubadminManageTopicContentlistResponse> {
  return client.call<YunosTvpubadminManageTopicContentlistResponse>(
    {
      method: 'yunos.tvpubadmin.manage.topic.contentlist',
      responseRoot: 'yunos_tvpubadmin_manage_topic_contentlist_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
