// Generated from specs/tvupadmin/yunos.tvpubadmin.content.show.getshowexemptauditmap.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `yunos.tvpubadmin.content.show.getshowexemptauditmap` (迎客松批量查询节目某个牌照的免审状态). */
export interface YunosTvpubadminContentShowGetshowexemptauditmapRequest {
  /** 节目longid */
  show_long_ids?: string;
  /** 牌照id */
  license?: Int64Input;
}

/** Response of `yunos.tvpubadmin.content.show.getshowexemptauditmap`: TOP returns only requested, non-null fields, so all are optional. */
export interface YunosTvpubadminContentShowGetshowexemptauditmapResponse {
  /** object */
  object?: string | Record<string, unknown>;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  show_long_ids: 'String',
  license: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  object: 'Json',
} as const satisfies ObjectSchema;

/** Static description of `yunos.tvpubadmin.content.show.getshowexemptauditmap`: method, response root, request and response schemas. */
export const yunosTvpubadminContentShowGetshowexemptauditmapOperation = {
  method: 'yunos.tvpubadmin.content.show.getshowexemptauditmap',
  responseRoot: 'yunos_tvpubadmin_content_show_getshowexemptauditmap_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 迎客松批量查询节目某个牌照的免审状态 — calls TOP method `yunos.tvpubadmin.content.show.getshowexemptauditmap`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function yunosTvpubadminContentShowGetshowexemptauditmap(
  client: TopClient,
  request: YunosTvpubadminContentShowGetshowexemptauditmapRequest = {},
  options?: CallOptions,
): Promise<YunosTvpubadminContentShowGetshowexemptauditmapResponse> {
  return client.call<YunosTvpubadminContentShowGetshowexemptauditmapResponse>(
    {
      method: 'yunos.tvpubadmin.content.show.getshowexemptauditmap',
      responseRoot: 'yunos_tvpubadmin_content_show_getshowexemptauditmap_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
