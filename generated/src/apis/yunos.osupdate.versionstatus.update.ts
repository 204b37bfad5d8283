// Generated from specs/tvupadmin/yunos.osupdate.versionstatus.update.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `yunos.osupdate.versionstatus.update` (更新应用升级状态). */
export interface YunosOsupdateVersionstatusUpdateRequest {
  /** 升级任务ID */
  id: Int64Input;
  /** 状态值 */
  status: string;
}

/** Response of `yunos.osupdate.versionstatus.update`: TOP returns only requested, non-null fields, so all are optional. */
export interface YunosOsupdateVersionstatusUpdateResponse {
  /** success */
  is_success?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  id: 'Number',
  status: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  is_success: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `yunos.osupdate.versionstatus.update`: method, response root, request and response schemas. */
export const yunosOsupdateVersionstatusUpdateOperation = {
  method: 'yunos.osupdate.versionstatus.update',
  responseRoot: 'yunos_osupdate_versionstatus_update_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 更新应用升级状态 — calls TOP method `yunos.osupdate.versionstatus.update`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function yunosOsupdateVersionstatusUpdate(
  client: TopClient,
  request: YunosOsupdateVersionstatusUpdateRequest,
  options?: CallOptions,
): Promise<YunosOsupdateVersionstatusUpdateResponse> {
  return client.call<YunosOsupdateVersionstatusUpdateResponse>(
    {
      method: 'yunos.osupdate.versionstatus.update',
      responseRoot: 'yunos_osupdate_versionstatus_update_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
