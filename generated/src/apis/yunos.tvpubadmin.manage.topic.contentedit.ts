// Generated from specs/tvupadmin/yunos.tvpubadmin.manage.topic.contentedit.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `yunos.tvpubadmin.manage.topic.contentedit` (专题关联内容编辑). */
export interface YunosTvpubadminManageTopicContenteditRequest {
  /** 入参，json格式 */
  content_json: string;
}

/** Response of `yunos.tvpubadmin.manage.topic.contentedit`: TOP returns only requested, non-null fields, so all are optional. */
export interface YunosTvpubadminManageTopicContenteditResponse {
  /** 操作返回结果 */
  object?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  content_json: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  object: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `yunos.tvpubadmin.manage.topic.contentedit`: method, response root, request and response schemas. */
export const yunosTvpubadminManageTopicContenteditOperation = {
  method: 'yunos.tvpubadmin.manage.topic.contentedit',
  responseRoot: 'yunos_tvpubadmin_manage_topic_contentedit_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 专题关联内容编辑 — calls TOP method `yunos.tvpubadmin.manage.topic.contentedit`.
 *
 * 编辑专题关联的内容
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function yunosTvpubadminManageTopicContentedit(
  client: TopClient,
  request: YunosTvpubadminManageTopicContenteditRequest,
  options?: CallOptions,
): Promise<YunosTvpubadminManageTopicContenteditResponse> {
  return client.call<YunosTvpubadminManageTopicContenteditResponse>(
    {
      method: 'yunos.tvpubadmin.manage.topic.contentedit',
      responseRoot: 'yunos_tvpubadmin_manage_topic_contentedit_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
