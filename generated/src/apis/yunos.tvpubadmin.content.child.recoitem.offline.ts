// Generated from specs/tvupadmin/yunos.tvpubadmin.content.child.recoitem.offline.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `yunos.tvpubadmin.content.child.recoitem.offline` (下线少儿推荐内容接口). */
export interface YunosTvpubadminContentChildRecoitemOfflineRequest {
  /** 推荐内容ID */
  rec_item_id: Int64Input;
}

/** Response of `yunos.tvpubadmin.content.child.recoitem.offline`: TOP returns only requested, non-null fields, so all are optional. */
export interface YunosTvpubadminContentChildRecoitemOfflineResponse {
  /** 下线操作结果 */
  result?: Int64;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  rec_item_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: 'Number',
} as const satisfies ObjectSchema;

/** Static description of `yunos.tvpubadmin.content.child.recoitem.offline`: method, response root, request and response schemas. */
export const yunosTvpubadminContentChildRecoitemOfflineOperation = {
  method: 'yunos.tvpubadmin.content.child.recoitem.offline',
  responseRoot: 'yunos_tvpubadmin_content_child_recoitem_offline_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 下线少儿推荐内容接口 — calls TOP method `yunos.tvpubadmin.content.child.recoitem.offline`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function yunosTvpubadminContentChildRecoitemOffline(
  client: TopClient,
  request: YunosTvpubadminContentChildRecoitemOfflineRequest,
  options?: CallOptions,
): Promise<YunosTvpubadminContentChildRecoitemOfflineResponse> {
  return client.call<YunosTvpubadminContentChildRecoitemOfflineResponse>(
    {
      method: 'yunos.tvpubadmin.content.child.recoitem.offline',
      responseRoot: 'yunos_tvpubadmin_content_child_recoitem_offline_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
