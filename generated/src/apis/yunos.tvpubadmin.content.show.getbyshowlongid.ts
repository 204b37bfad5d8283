// Generated from specs/tvupadmin/yunos.tvpubadmin.content.show.getbyshowlongid.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `yunos.tvpubadmin.content.show.getbyshowlongid` (迎客松根据节目longid获取节目元数据). */
export interface YunosTvpubadminContentShowGetbyshowlongidRequest {
  /** 节目longid */
  show_long_id: Int64Input;
}

/** Response of `yunos.tvpubadmin.content.show.getbyshowlongid`: TOP returns only requested, non-null fields, so all are optional. */
export interface YunosTvpubadminContentShowGetbyshowlongidResponse {
  /** 节目元数据信息 */
  object?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  show_long_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  object: 'String',
} as const satisfies ObjectSchema;

/** Static description of `yunos.tvpubadmin.content.show.getbyshowlongid`: method, response root, request and response schemas. */
export const yunosTvpubadminContentShowGetbyshowlongidOperation = {
  method: 'yunos.tvpubadmin.content.show.getbyshowlongid',
  responseRoot: 'yunos_tvpubadmin_content_show_getbyshowlongid_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 迎客松根据节目longid获取节目元数据 — calls TOP method `yunos.tvpubadmin.content.show.getbyshowlongid`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function yunosTvpubadminContentShowGetbyshowlongid(
  client: TopClient,
  request: YunosTvpubadminContentShowGetbyshowlongidRequest,
  options?: CallOptions,
): Promise<YunosTvpubadminContentShowGetbyshowlongidResponse> {
  return client.call<YunosTvpubadminContentShowGetbyshowlongidResponse>(
    {
      method: 'yunos.tvpubadmin.content.show.getbyshowlongid',
      responseRoot: 'yunos_tvpubadmin_content_show_getbyshowlongid_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
