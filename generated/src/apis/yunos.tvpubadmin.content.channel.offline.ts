// Generated from specs/tvupadmin/yunos.tvpubadmin.content.channel.offline.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `yunos.tvpubadmin.content.channel.offline` (迎客松影视频道下线). */
export interface YunosTvpubadminContentChannelOfflineRequest {
  /** id */
  id: Int64Input;
}

/** Response of `yunos.tvpubadmin.content.channel.offline`: TOP returns only requested, non-null fields, so all are optional. */
export interface YunosTvpubadminContentChannelOfflineResponse {
  /** 下线影视频道结果 */
  object?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  object: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `yunos.tvpubadmin.content.channel.offline`: method, response root, request and response schemas. */
export const yunosTvpubadminContentChannelOfflineOperation = {
  method: 'yunos.tvpubadmin.content.channel.offline',
  responseRoot: 'yunos_tvpubadmin_content_channel_offline_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 迎客松影视频道下线 — calls TOP method `yunos.tvpubadmin.content.channel.offline`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function yunosTvpubadminContentChannelOffline(
  client: TopClient,
  request: YunosTvpubadminContentChannelOfflineRequest,
  options?: CallOptions,
): Promise<YunosTvpubadminContentChannelOfflineResponse> {
  return client.call<YunosTvpubadminContentChannelOfflineResponse>(
    {
      method: 'yunos.tvpubadmin.content.channel.offline',
      responseRoot: 'yunos_tvpubadmin_content_channel_offline_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
