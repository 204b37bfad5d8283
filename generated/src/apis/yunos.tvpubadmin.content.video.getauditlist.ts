// Generated from specs/tvupadmin/yunos.tvpubadmin.content.video.getauditlist.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `yunos.tvpubadmin.content.video.getauditlist` (迎客松视频审核记录查询). */
export interface YunosTvpubadminContentVideoGetauditlistRequest {
  /** 查询 */
  query: string;
}

/** Response of `yunos.tvpubadmin.content.video.getauditlist`: TOP returns only requested, non-null fields, so all are optional. */
export interface YunosTvpubadminContentVideoGetauditlistResponse {
  /** 视频审核列表，json格式 */
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

/** Static description of `yunos.tvpubadmin.content.video.getauditlist`: method, response root, request and response schemas. */
export const yunosTvpubadminContentVideoGetauditlistOperation = {
  method: 'yunos.tvpubadmin.content.video.getauditlist',
  responseRoot: 'yunos_tvpubadmin_content_video_getauditlist_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 迎客松视频审核记录查询 — calls TOP method `yunos.tvpubadmin.content.video.getauditlist`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function yunosTvpubadminContentVideoGetauditlist(
  client: TopClient,
  request: YunosTvpubadminContentVideoGetauditlistRequest,
  options?: CallOptions,
): Promise<YunosTvpubadminContentVideoGetauditlistResponse> {
  return client.call<YunosTvpubadminContentVideoGetauditlistResponse>(
    {
      method: 'yunos.tvpubadmin.content.video.getauditlist',
      responseRoot: 'yunos_tvpubadmin_content_video_getauditlist_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
