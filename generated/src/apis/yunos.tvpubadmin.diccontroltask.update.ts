// Generated from specs/tvupadmin/yunos.tvpubadmin.diccontroltask.update.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `yunos.tvpubadmin.diccontroltask.update` (停开服任务状态变更). */
export interface YunosTvpubadminDiccontroltaskUpdateRequest {
  /** 任务ID */
  id?: Int64Input;
  /** 任务状态 */
  status?: Int64Input;
  /** 牌照方 */
  license?: Int64Input;
}

/** Response of `yunos.tvpubadmin.diccontroltask.update`: TOP returns only requested, non-null fields, so all are optional. */
export interface YunosTvpubadminDiccontroltaskUpdateResponse {
  /** object */
  object?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  id: 'Number',
  status: 'Number',
  license: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  object: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `yunos.tvpubadmin.diccontroltask.update`: method, response root, request and response schemas. */
export const yunosTvpubadminDiccontroltaskUpdateOperation = {
  method: 'yunos.tvpubadmin.diccontroltask.update',
  responseRoot: 'yunos_tvpubadmin_diccontroltask_update_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 停开服任务状态变更 — calls TOP method `yunos.tvpubadmin.diccontroltask.update`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function yunosTvpubadminDiccontroltaskUpdate(
  client: TopClient,
  request: YunosTvpubadminDiccontroltaskUpdateRequest = {},
  options?: CallOptions,
): Promise<YunosTvpubadminDiccontroltaskUpdateResponse> {
  return client.call<YunosTvpubadminDiccontroltaskUpdateResponse>(
    {
      method: 'yunos.tvpubadmin.diccontroltask.update',
      responseRoot: 'yunos_tvpubadmin_diccontroltask_update_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
