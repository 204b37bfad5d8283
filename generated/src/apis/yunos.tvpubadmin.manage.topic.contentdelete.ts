// Generated from specs/tvupadmin/yunos.tvpubadmin.manage.topic.contentdelete.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `yunos.tvpubadmin.manage.topic.contentdelete` (删除专题下内容). */
export interface YunosTvpubadminManageTopicContentdeleteRequest {
  /** 节目id */
  id?: Int64Input;
}

/** Response of `yunos.tvpubadmin.manage.topic.contentdelete`: TOP returns only requested, non-null fields, so all are optional. */
export interface YunosTvpubadminManageTopicContentdeleteResponse {
  /** result */
  result?: YunosTvpubadminManageTopicContentdeleteTopResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TopResult` of `yunos.tvpubadmin.manage.topic.contentdelete`. */
export interface YunosTvpubadminManageTopicContentdeleteTopResult {
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
  id: 'Number',
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

/** Static description of `yunos.tvpubadmin.manage.topic.contentdelete`: method, response root, request and response schemas. */
export const yunosTvpubadminManageTopicContentdeleteOperation = {
  method: 'yunos.tvpubadmin.manage.topic.contentdelete',
  responseRoot: 'yunos_tvpubadmin_manage_topic_contentdelete_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 删除专题下内容 — calls TOP method `yunos.tvpubadmin.manage.topic.contentdelete`.
 *
 * 删除专题下内容信息
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function yunosTvpubadminManageTopicContentdelete(
  client: TopClient,
  request: YunosTvpubadminManageTopicContentdeleteRequest = {},
  options?: CallOptions,
): Promise<YunosTvpubadminManageTopicContentdeleteResponse> {
  return client.call<YunosTvpubadminManageTopicContentdeleteResponse>(
    {
      method: 'yunos.tvpubadmin.manage.topic.contentdelete',
      responseRoot: 'yunos_tvpubadmin_manage_topic_contentdelete_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
