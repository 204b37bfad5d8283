// Generated from specs/tvupadmin/yunos.tvpubadmin.content.video.submitauditresult.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `yunos.tvpubadmin.content.video.submitauditresult` (迎客松提交视频审核结果). */
export interface YunosTvpubadminContentVideoSubmitauditresultRequest {
  /** 审核结果，json格式 */
  license_audit_result: string;
}

/** Response of `yunos.tvpubadmin.content.video.submitauditresult`: TOP returns only requested, non-null fields, so all are optional. */
export interface YunosTvpubadminContentVideoSubmitauditresultResponse {
  /** object */
  object?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  license_audit_result: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  object: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `yunos.tvpubadmin.content.video.submitauditresult`: method, response root, request and response schemas. */
export const yunosTvpubadminContentVideoSubmitauditresultOperation = {
  method: 'yunos.tvpubadmin.content.video.submitauditresult',
  responseRoot: 'yunos_tvpubadmin_content_video_submitauditresult_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 迎客松提交视频审核结果 — calls TOP method `yunos.tvpubadmin.content.video.submitauditresult`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function yunosTvpubadminContentVideoSubmitauditresult(
  client: TopClient,
  request: YunosTvpubadminContentVideoSubmitauditresultRequest,
  options?: CallOptions,
): Promise<YunosTvpubadminContentVideoSubmitauditresultResponse> {
  return client.call<YunosTvpubadminContentVideoSubmitauditresultResponse>(
    {
      method: 'yunos.tvpubadmin.content.video.submitauditresult',
      responseRoot: 'yunos_tvpubadmin_content_video_submitauditresult_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
