// Generated from specs/tvupadmin/yunos.tvpubadmin.content.advert.gettypes.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `yunos.tvpubadmin.content.advert.gettypes` (获取广告位类型). */
export interface YunosTvpubadminContentAdvertGettypesRequest {}

/** Response of `yunos.tvpubadmin.content.advert.gettypes`: TOP returns only requested, non-null fields, so all are optional. */
export interface YunosTvpubadminContentAdvertGettypesResponse {
  /** Map json格式 */
  object?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  object: 'String',
} as const satisfies ObjectSchema;

/** Static description of `yunos.tvpubadmin.content.advert.gettypes`: method, response root, request and response schemas. */
export const yunosTvpubadminContentAdvertGettypesOperation = {
  method: 'yunos.tvpubadmin.content.advert.gettypes',
  responseRoot: 'yunos_tvpubadmin_content_advert_gettypes_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取广告位类型 — calls TOP method `yunos.tvpubadmin.content.advert.gettypes`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function yunosTvpubadminContentAdvertGettypes(
  client: TopClient,
  request: YunosTvpubadminContentAdvertGettypesRequest = {},
  options?: CallOptions,
): Promise<YunosTvpubadminContentAdvertGettypesResponse> {
  return client.call<YunosTvpubadminContentAdvertGettypesResponse>(
    {
      method: 'yunos.tvpubadmin.content.advert.gettypes',
      responseRoot: 'yunos_tvpubadmin_content_advert_gettypes_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
