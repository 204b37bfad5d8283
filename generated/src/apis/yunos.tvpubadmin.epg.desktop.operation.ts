// Generated from specs/tvupadmin/yunos.tvpubadmin.epg.desktop.operation.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `yunos.tvpubadmin.epg.desktop.operation` (影视桌面运营通用接口). */
export interface YunosTvpubadminEpgDesktopOperationRequest {
  /** 操作对象实体 */
  entity_type: string;
  /** 操作类型 */
  action_type: string;
  /** 具体入参 */
  parameter: string;
}

/** Response of `yunos.tvpubadmin.epg.desktop.operation`: TOP returns only requested, non-null fields, so all are optional. */
export interface YunosTvpubadminEpgDesktopOperationResponse {
  /** 具体返回结果 */
  result?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  entity_type: 'String',
  action_type: 'String',
  parameter: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: 'String',
} as const satisfies ObjectSchema;

/** Static description of `yunos.tvpubadmin.epg.desktop.operation`: method, response root, request and response schemas. */
export const yunosTvpubadminEpgDesktopOperationOperation = {
  method: 'yunos.tvpubadmin.epg.desktop.operation',
  responseRoot: 'yunos_tvpubadmin_epg_desktop_operation_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 影视桌面运营通用接口 — calls TOP method `yunos.tvpubadmin.epg.desktop.operation`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function yunosTvpubadminEpgDesktopOperation(
  client: TopClient,
  request: YunosTvpubadminEpgDesktopOperationRequest,
  options?: CallOptions,
): Promise<YunosTvpubadminEpgDesktopOperationResponse> {
  return client.call<YunosTvpubadminEpgDesktopOperationResponse>(
    {
      method: 'yunos.tvpubadmin.epg.desktop.operation',
      responseRoot: 'yunos_tvpubadmin_epg_desktop_operation_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
