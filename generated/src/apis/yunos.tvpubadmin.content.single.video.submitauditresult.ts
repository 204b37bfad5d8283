// Generated from specs/tvupadmin/yunos.tvpubadmin.content.single.video.submitauditresult.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `yunos.tvpubadmin.content.single.video.submitauditresult` (单视频审核提交审核结果). */
export interface YunosTvpubadminContentSingleVideoSubmitauditresultRequest {
  /** 审核人 */
  auditor?: string;
  /** 审核状态：1未提审，2审核中，3通过，4不通过，5已下线 */
  license_state: Int64Input;
  /** 牌照方 */
  license: Int64Input;
  /** 备注说明 */
  audit_comment?: string;
  /** 视频审核ID */
  video_audit_id: Int64Input;
}

/** Response of `yunos.tvpubadmin.content.single.video.submitauditresult`: TOP returns only requested, non-null fields, so all are optional. */
export interface YunosTvpubadminContentSingleVideoSubmitauditresultResponse {
  /** object */
  object?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  auditor: 'String',
  license_state: 'Number',
  license: 'Number',
  audit_comment: 'String',
  video_audit_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  object: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `yunos.tvpubadmin.content.single.video.submitauditresult`: method, response root, request and response schemas. */
export const yunosTvpubadminContentSingleVideoSubmitauditresultOperation = {
  method: 'yunos.tvpubadmin.content.single.video.submitauditresult',
  responseRoot: 'yunos_tvpubadmin_content_single_video_submitauditresult_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 单视频审核提交审核结果 — calls TOP method `yunos.tvpubadmin.content.single.video.submitauditresult`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function yunosTvpubadminContentSingleVideoSubmitauditresult(
  client: TopClient,
  request: YunosTvpubadminContentSingleVideoSubmitauditresultRequest,
  options?: CallOptions,
): Promise<YunosTvpubadminContentSingleVideoSubmitauditresultResponse> {
  return client.call<YunosTvpubadminContentSingleVideoSubmitauditresultResponse>(
    {
      method: 'yunos.tvpubadmin.content.single.video.submitauditresult',
      responseRoot: 'yunos_tvpubadmin_content_single_video_submitauditresult_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
