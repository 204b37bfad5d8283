// Generated from specs/tvupadmin/yunos.tvpubadmin.content.app.onoffappbylicense.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `yunos.tvpubadmin.content.app.onoffappbylicense` (应用上下架操作). */
export interface YunosTvpubadminContentAppOnoffappbylicenseRequest {
  /** com.ali.yunos.tvacs.domain.OnOffApp */
  on_off_app: string;
}

/** Response of `yunos.tvpubadmin.content.app.onoffappbylicense`: TOP returns only requested, non-null fields, so all are optional. */
export interface YunosTvpubadminContentAppOnoffappbylicenseResponse {
  /** true/false */
  object?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  on_off_app: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  object: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `yunos.tvpubadmin.content.app.onoffappbylicense`: method, response root, request and response schemas. */
export const yunosTvpubadminContentAppOnoffappbylicenseOperation = {
  method: 'yunos.tvpubadmin.content.app.onoffappbylicense',
  responseRoot: 'yunos_tvpubadmin_content_app_onoffappbylicense_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 应用上下架操作 — calls TOP method `yunos.tvpubadmin.content.app.onoffappbylicense`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function yunosTvpubadminContentAppOnoffappbylicense(
  client: TopClient,
  request: YunosTvpubadminContentAppOnoffappbylicenseRequest,
  options?: CallOptions,
): Promise<YunosTvpubadminContentAppOnoffappbylicenseResponse> {
  return client.call<YunosTvpubadminContentAppOnoffappbylicenseResponse>(
    {
      method: 'yunos.tvpubadmin.content.app.onoffappbylicense',
      responseRoot: 'yunos_tvpubadmin_content_app_onoffappbylicense_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
