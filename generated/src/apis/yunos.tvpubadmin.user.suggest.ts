// Generated from specs/tvupadmin/yunos.tvpubadmin.user.suggest.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `yunos.tvpubadmin.user.suggest` (获取关联账户列表). */
export interface YunosTvpubadminUserSuggestRequest {
  /** 关键词 */
  keyword: string;
}

/** Response of `yunos.tvpubadmin.user.suggest`: TOP returns only requested, non-null fields, so all are optional. */
export interface YunosTvpubadminUserSuggestResponse {
  /** object */
  list?: YunosTvpubadminUserSuggestAccountSuggestDO[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `AccountSuggestDO` of `yunos.tvpubadmin.user.suggest`. */
export interface YunosTvpubadminUserSuggestAccountSuggestDO {
  /** 用户ID */
  uid?: Int64;
  /** 优酷账号ID */
  ytid?: Int64;
  /** 用户昵称 */
  nick?: string;
  /** 优酷账号昵称 */
  yt_nick?: string;
}

const REQUEST_SCHEMA = {
  keyword: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  list: [
    {
      uid: 'Number',
      ytid: 'Number',
      nick: 'String',
      yt_nick: 'String',
    },
  ],
} as const satisfies ObjectSchema;

/** Static description of `yunos.tvpubadmin.user.suggest`: method, response root, request and response schemas. */
export const yunosTvpubadminUserSuggestOperation = {
  method: 'yunos.tvpubadmin.user.suggest',
  responseRoot: 'yunos_tvpubadmin_user_suggest_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取关联账户列表 — calls TOP method `yunos.tvpubadmin.user.suggest`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function yunosTvpubadminUserSuggest(
  client: TopClient,
  request: YunosTvpubadminUserSuggestRequest,
  options?: CallOptions,
): Promise<YunosTvpubadminUserSuggestResponse> {
  return client.call<YunosTvpubadminUserSuggestResponse>(
    {
      method: 'yunos.tvpubadmin.user.suggest',
      responseRoot: 'yunos_tvpubadmin_user_suggest_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
