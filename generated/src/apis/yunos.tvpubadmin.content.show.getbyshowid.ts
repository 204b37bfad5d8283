// Generated from specs/tvupadmin/yunos.tvpubadmin.content.show.getbyshowid.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `yunos.tvpubadmin.content.show.getbyshowid` (迎客松根据节目id获取节目元数据). */
export interface YunosTvpubadminContentShowGetbyshowidRequest {
  /** 节目字符串id */
  show_id: string;
}

/** Response of `yunos.tvpubadmin.content.show.getbyshowid`: TOP returns only requested, non-null fields, so all are optional. */
export interface YunosTvpubadminContentShowGetbyshowidResponse {
  /** 节目元数据 */
  object?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  show_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  object: 'String',
} as const satisfies ObjectSchema;

/** Static description of `yunos.tvpubadmin.content.show.getbyshowid`: method, response root, request and response schemas. */
export const yunosTvpubadminContentShowGetbyshowidOperation = {
  method: 'yunos.tvpubadmin.content.show.getbyshowid',
  responseRoot: 'yunos_tvpubadmin_content_show_getbyshowid_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 迎客松根据节目id获取节目元数据 — calls TOP method `yunos.tvpubadmin.content.show.getbyshowid`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function yunosTvpubadminContentShowGetbyshowid(
  client: TopClient,
  request: YunosTvpubadminContentShowGetbyshowidRequest,
  options?: CallOptions,
): Promise<YunosTvpubadminContentShowGetbyshowidResponse> {
  return client.call<YunosTvpubadminContentShowGetbyshowidResponse>(
    {
      method: 'yunos.tvpubadmin.content.show.getbyshowid',
      responseRoot: 'yunos_tvpubadmin_content_show_getbyshowid_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
