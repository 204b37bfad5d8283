// Generated from specs/tvupadmin/yunos.tvpubadmin.content.app.querybylicence.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `yunos.tvpubadmin.content.app.querybylicence` (按牌照查询应用). */
export interface YunosTvpubadminContentAppQuerybylicenceRequest {
  /** 查询条件 */
  query?: string;
}

/** Response of `yunos.tvpubadmin.content.app.querybylicence`: TOP returns only requested, non-null fields, so all are optional. */
export interface YunosTvpubadminContentAppQuerybylicenceResponse {
  /** Result */
  object?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  query: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  object: 'String',
} as const satisfies ObjectSchema;

/** Static description of `yunos.tvpubadmin.content.app.querybylicence`: method, response root, request and response schemas. */
export const yunosTvpubadminContentAppQuerybylicenceOperation = {
  method: 'yunos.tvpubadmin.content.app.querybylicence',
  responseRoot: 'yunos_tvpubadmin_content_app_querybylicence_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 按牌照查询应用 — calls TOP method `yunos.tvpubadmin.content.app.querybylicence`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function yunosTvpubadminContentAppQuerybylicence(
  client: TopClient,
  request: YunosTvpubadminContentAppQuerybylicenceRequest = {},
  options?: CallOptions,
): Promise<YunosTvpubadminContentAppQuerybylicenceResponse> {
  return client.call<YunosTvpubadminContentAppQuerybylicenceResponse>(
    {
      method: 'yunos.tvpubadmin.content.app.querybylicence',
      responseRoot: 'yunos_tvpubadmin_content_app_querybylicence_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
