// Generated from specs/tvupadmin/yunos.tvpubadmin.content.tableaudit.querymetaitem.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `yunos.tvpubadmin.content.tableaudit.querymetaitem` (运营位管控-查询魔盒运营位元数据列表). */
export interface YunosTvpubadminContentTableauditQuerymetaitemRequest {
  /** 查询条件，json格式 */
  table_audit_query_bo: string;
}

/** Response of `yunos.tvpubadmin.content.tableaudit.querymetaitem`: TOP returns only requested, non-null fields, so all are optional. */
export interface YunosTvpubadminContentTableauditQuerymetaitemResponse {
  /** 查看桌面坑位元数据列表（用于魔盒） */
  object?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  table_audit_query_bo: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  object: 'String',
} as const satisfies ObjectSchema;

/** Static description of `yunos.tvpubadmin.content.tableaudit.querymetaitem`: method, response root, request and response schemas. */
export const yunosTvpubadminContentTableauditQuerymetaitemOperation = {
  method: 'yunos.tvpubadmin.content.tableaudit.querymetaitem',
  responseRoot: 'yunos_tvpubadmin_content_tableaudit_querymetaitem_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 运营位管控-查询魔盒运营位元数据列表 — calls TOP method `yunos.tvpubadmin.content.tableaudit.querymetaitem`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function yunosTvpubadminContentTableauditQuerymetaitem(
  client: TopClient,
  request: YunosTvpubadminContentTableauditQuerymetaitemRequest,
  options?: CallOptions,
): Promise<YunosTvpubadminContentTableauditQuerymetaitemResponse> {
  return client.call<YunosTvpubadminContentTableauditQuerymetaitemResponse>(
    {
      method: 'yunos.tvpubadmin.content.tableaudit.querymetaitem',
      responseRoot: 'yunos_tvpubadmin_content_tableaudit_querymetaitem_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
