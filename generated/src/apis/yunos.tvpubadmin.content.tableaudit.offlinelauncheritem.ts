// Generated from specs/tvupadmin/yunos.tvpubadmin.content.tableaudit.offlinelauncheritem.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `yunos.tvpubadmin.content.tableaudit.offlinelauncheritem` (运营位管理-联盟一体机下线运营位内容). */
export interface YunosTvpubadminContentTableauditOfflinelauncheritemRequest {
  /** 元数据主键id */
  id: Int64Input;
  /** 联盟：TV_OTT,一体机：TV_ALLINONE */
  terminal_type: string;
}

/** Response of `yunos.tvpubadmin.content.tableaudit.offlinelauncheritem`: TOP returns only requested, non-null fields, so all are optional. */
export interface YunosTvpubadminContentTableauditOfflinelauncheritemResponse {
  /** 下线桌面坑位内容（用于联盟、一体机） */
  object?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  id: 'Number',
  terminal_type: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  object: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `yunos.tvpubadmin.content.tableaudit.offlinelauncheritem`: method, response root, request and response schemas. */
export const yunosTvpubadminContentTableauditOfflinelauncheritemOperation = {
  method: 'yunos.tvpubadmin.content.tableaudit.offlinelauncheritem',
  responseRoot: 'yunos_tvpubadmin_content_tableaudit_offlinelauncheritem_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 运营位管理-联盟一体机下线运营位内容 — calls TOP method `yunos.tvpubadmin.content.tableaudit.offlinelauncheritem`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function yunosTvpubadminContentTableauditOfflinelauncheritem(
  client: TopClient,
  request: YunosTvpubadminContentTableauditOfflinelauncheritemRequest,
  options?: CallOptions,
): Promise<YunosTvpubadminContentTableauditOfflinelauncheritemResponse> {
  return client.call<YunosTvpubadminContentTableauditOfflinelauncheritemResponse>(
    {
      method: 'yunos.tvpubadmin.content.tableaudit.offlinelauncheritem',
      responseRoot: 'yunos_tvpubadmin_content_tableaudit_offlinelauncheritem_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
