// Generated from specs/tvupadmin/yunos.tvpubadmin.manage.topic.edit.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `yunos.tvpubadmin.manage.topic.edit` (编辑专题). */
export interface YunosTvpubadminManageTopicEditRequest {
  /** 待编辑专题 */
  topic_json?: string;
}

/** Response of `yunos.tvpubadmin.manage.topic.edit`: TOP returns only requested, non-null fields, so all are optional. */
export interface YunosTvpubadminManageTopicEditResponse {
  /** result */
  result?: YunosTvpubadminManageTopicEditTopResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TopResult` of `yunos.tvpubadmin.manage.topic.edit`. */
export interface YunosTvpubadminManageTopicEditTopResult {
  /** retCode */
  ret_code?: Int64;
  /** errorCode */
  error_code?: string;
  /** errorMsg */
  error_msg?: string;
  /** object */
  object?: boolean;
  /** success */
  success?: boolean;
}

const REQUEST_SCHEMA = {
  topic_json: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    ret_code: 'Number',
    error_code: 'String',
    error_msg: 'String',
    object: 'Boolean',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `yunos.tvpubadmin.manage.topic.edit`: method, response root, request and response schemas. */
export const yunosTvpubadminManageTopicEditOperation = {
  method: 'yunos.tvpubadmin.manage.topic.edit',
  responseRoot: 'yunos_tvpubadmin_manage_topic_edit_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 编辑专题 — calls TOP method `yunos.tvpubadmin.manage.topic.edit`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function yunosTvpubadminManageTopicEdit(
  client: TopClient,
  request: YunosTvpubadminManageTopicEditRequest = {},
  options?: CallOptions,
): Promise<YunosTvpubadminManageTopicEditResponse> {
  return client.call<YunosTvpubadminManageTopicEditResponse>(
    {
      method: 'yunos.tvpubadmin.manage.topic.edit',
      responseRoot: 'yunos_tvpubadmin_manage_topic_edit_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
