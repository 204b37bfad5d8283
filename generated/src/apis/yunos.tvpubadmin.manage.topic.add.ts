// Generated from specs/tvupadmin/yunos.tvpubadmin.manage.topic.add.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `yunos.tvpubadmin.manage.topic.add` (新增专题). */
export interface YunosTvpubadminManageTopicAddRequest {
  /** 新增topic的json信息 */
  topic_json?: string;
}

/** Response of `yunos.tvpubadmin.manage.topic.add`: TOP returns only requested, non-null fields, so all are optional. */
export interface YunosTvpubadminManageTopicAddResponse {
  /** result */
  result?: YunosTvpubadminManageTopicAddTopResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TopResult` of `yunos.tvpubadmin.manage.topic.add`. */
export interface YunosTvpubadminManageTopicAddTopResult {
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
  topic_json: 'String',
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

/** Static description of `yunos.tvpubadmin.manage.topic.add`: method, response root, request and response schemas. */
export const yunosTvpubadminManageTopicAddOperation = {
  method: 'yunos.tvpubadmin.manage.topic.add',
  responseRoot: 'yunos_tvpubadmin_manage_topic_add_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 新增专题 — calls TOP method `yunos.tvpubadmin.manage.topic.add`.
 *
 * 专题新增
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function yunosTvpubadminManageTopicAdd(
  client: TopClient,
  request: YunosTvpubadminManageTopicAddRequest = {},
  options?: CallOptions,
): Promise<YunosTvpubadminManageTopicAddResponse> {
  return client.call<YunosTvpubadminManageTopicAddResponse>(
    {
      method: 'yunos.tvpubadmin.manage.topic.add',
      responseRoot: 'yunos_tvpubadmin_manage_topic_add_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
