// Generated from specs/tvupadmin/yunos.tvpubadmin.content.child.nodeitem.offline.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `yunos.tvpubadmin.content.child.nodeitem.offline` (少儿大厅类目内容下线接口). */
export interface YunosTvpubadminContentChildNodeitemOfflineRequest {
  /** 类目内容ID */
  content_id: Int64Input;
}

/** Response of `yunos.tvpubadmin.content.child.nodeitem.offline`: TOP returns only requested, non-null fields, so all are optional. */
export interface YunosTvpubadminContentChildNodeitemOfflineResponse {
  /** 执行结果 */
  result?: Int64;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  content_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: 'Number',
} as const satisfies ObjectSchema;

/** Static description of `yunos.tvpubadmin.content.child.nodeitem.offline`: method, response root, request and response schemas. */
export const yunosTvpubadminContentChildNodeitemOfflineOperation = {
  method: 'yunos.tvpubadmin.content.child.nodeitem.offline',
  responseRoot: 'yunos_tvpubadmin_content_child_nodeitem_offline_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 少儿大厅类目内容下线接口 — calls TOP method `yunos.tvpubadmin.content.child.nodeitem.offline`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function yunosTvpubadminContentChildNodeitemOffline(
  client: TopClient,
  request: YunosTvpubadminContentChildNodeitemOfflineRequest,
  options?: CallOptions,
): Promise<YunosTvpubadminContentChildNodeitemOfflineResponse> {
  return client.call<YunosTvpubadminContentChildNodeitemOfflineResponse>(
    {
      method: 'yunos.tvpubadmin.content.child.nodeitem.offline',
      responseRoot: 'yunos_tvpubadmin_content_child_nodeitem_offline_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
