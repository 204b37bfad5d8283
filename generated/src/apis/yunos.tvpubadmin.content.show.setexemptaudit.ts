// Generated from specs/tvupadmin/yunos.tvpubadmin.content.show.setexemptaudit.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `yunos.tvpubadmin.content.show.setexemptaudit` (迎客松节目设置免审开关). */
export interface YunosTvpubadminContentShowSetexemptauditRequest {
  /** 节目longid */
  show_long_id: Int64Input;
  /** 牌照id：1CIBN，2WASU */
  license: Int64Input;
  /** 牌照免审：1-开启节目免审，2-关闭节目免审 */
  exempt_audit: Int64Input;
}

/** Response of `yunos.tvpubadmin.content.show.setexemptaudit`: TOP returns only requested, non-null fields, so all are optional. */
export interface YunosTvpubadminContentShowSetexemptauditResponse {
  /** 设置免审 */
  object?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  show_long_id: 'Number',
  license: 'Number',
  exempt_audit: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  object: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `yunos.tvpubadmin.content.show.setexemptaudit`: method, response root, request and response schemas. */
export const yunosTvpubadminContentShowSetexemptauditOperation = {
  method: 'yunos.tvpubadmin.content.show.setexemptaudit',
  responseRoot: 'yunos_tvpubadmin_content_show_setexemptaudit_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 迎客松节目设置免审开关 — calls TOP method `yunos.tvpubadmin.content.show.setexemptaudit`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function yunosTvpubadminContentShowSetexemptaudit(
  client: TopClient,
  request: YunosTvpubadminContentShowSetexemptauditRequest,
  options?: CallOptions,
): Promise<YunosTvpubadminContentShowSetexemptauditResponse> {
  return client.call<YunosTvpubadminContentShowSetexemptauditResponse>(
    {
      method: 'yunos.tvpubadmin.content.show.setexemptaudit',
      responseRoot: 'yunos_tvpubadmin_content_show_setexemptaudit_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
