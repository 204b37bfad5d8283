// Generated from specs/tvupadmin/yunos.tvpubadmin.manage.topic.findbyid.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `yunos.tvpubadmin.manage.topic.findbyid` (根据id获取专题信息). */
export interface YunosTvpubadminManageTopicFindbyidRequest {
  /** 专题id */
  id?: Int64Input;
}

/** Response of `yunos.tvpubadmin.manage.topic.findbyid`: TOP returns only requested, non-null fields, so all are optional. */
export interface YunosTvpubadminManageTopicFindbyidResponse {
  /** object */
  object?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  object: 'String',
} as const satisfies ObjectSchema;

/** Static description of `yunos.tvpubadmin.manage.topic.findbyid`: method, response root, request and response schemas. */
export const yunosTvpubadminManageTopicFindbyidOperation = {
  method: 'yunos.tvpubadmin.manage.topic.findbyid',
  responseRoot: 'yunos_tvpubadmin_manage_topic_findbyid_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 根据id获取专题信息 — calls TOP method `yunos.tvpubadmin.manage.topic.findbyid`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function yunosTvpubadminManageTopicFindbyid(
  client: TopClient,
  request: YunosTvpubadminManageTopicFindbyidRequest = {},
  options?: CallOptions,
): Promise<YunosTvpubadminManageTopicFindbyidResponse> {
  return client.call<YunosTvpubadminManageTopicFindbyidResponse>(
    {
      method: 'yunos.tvpubadmin.manage.topic.findbyid',
      responseRoot: 'yunos_tvpubadmin_manage_topic_findbyid_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
