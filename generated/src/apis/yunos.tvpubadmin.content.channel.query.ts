// Generated from specs/tvupadmin/yunos.tvpubadmin.content.channel.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `yunos.tvpubadmin.content.channel.query` (迎客松影视频道查询). */
export interface YunosTvpubadminContentChannelQueryRequest {
  /** ChannelAuditQueryBO */
  channel_audit_query: string;
}

/** Response of `yunos.tvpubadmin.content.channel.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface YunosTvpubadminContentChannelQueryResponse {
  /** 影视频道列表 */
  object?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  channel_audit_query: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  object: 'String',
} as const satisfies ObjectSchema;

/** Static description of `yunos.tvpubadmin.content.channel.query`: method, response root, request and response schemas. */
export const yunosTvpubadminContentChannelQueryOperation = {
  method: 'yunos.tvpubadmin.content.channel.query',
  responseRoot: 'yunos_tvpubadmin_content_channel_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 迎客松影视频道查询 — calls TOP method `yunos.tvpubadmin.content.channel.query`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function yunosTvpubadminContentChannelQuery(
  client: TopClient,
  request: YunosTvpubadminContentChannelQueryRequest,
  options?: CallOptions,
): Promise<YunosTvpubadminContentChannelQueryResponse> {
  return client.call<YunosTvpubadminContentChannelQueryResponse>(
    {
      method: 'yunos.tvpubadmin.content.channel.query',
      responseRoot: 'yunos_tvpubadmin_content_channel_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
