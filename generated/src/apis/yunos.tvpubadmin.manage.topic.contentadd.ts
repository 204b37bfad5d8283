// Generated from specs/tvupadmin/yunos.tvpubadmin.manage.topic.contentadd.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `yunos.tvpubadmin.manage.topic.contentadd` (专题新增内容). */
export interface YunosTvpubadminManageTopicContentaddRequest {
  /** 新增的专题内容 */
  content_json?: string;
}

/** Response of `yunos.tvpubadmin.manage.topic.contentadd`: TOP returns only requested, non-null fields, so all are optional. */
export interface YunosTvpubadminManageTopicContentaddResponse {
  /** result */
  result?: YunosTvpubadminManageTopicContentaddTopResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TopResult` of `yunos.tvpubadmin.manage.topic.contentadd`. */
export interface YunosTvpubadminManageTopicContentaddTopResult {
  /** retCode */
  ret_code?: Int64;
  /** errorCode */
  error_code?: string;
  /** errorMsg */
  error_msg?: string;
  /** object */
  object?: string;
  /** success */
  success?: boolean;
}

const REQUEST_SCHEMA = {
  content_json: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    ret_code: 'Number',
    error_code: 'String',
    error_msg: 'String',
    object: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `yunos.tvpubadmin.manage.topic.contentadd`: method, response root, request and response schemas. */
export const yunosTvpubadminManageTopicContentaddOperation = {
  method: 'yunos.tvpubadmin.manage.topic.contentadd',
  responseRoot: 'yunos_tvpubadmin_manage_topic_contentadd_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 专题新增内容 — calls TOP method `yunos.tvpubadmin.manage.topic.contentadd`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function yunosTvpubadminManageTopicContentadd(
  client: TopClient,
  request: YunosTvpubadminManageTopicContentaddRequest = {},
  options?: CallOptions,
): Promise<YunosTvpubadminManageTopicContentaddResponse> {
  return client.call<YunosTvpubadminManageTopicContentaddResponse>(
    {
      method: 'yunos.tvpubadmin.manage.topic.contentadd',
      responseRoot: 'yunos_tvpubadmin_manage_topic_contentadd_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
