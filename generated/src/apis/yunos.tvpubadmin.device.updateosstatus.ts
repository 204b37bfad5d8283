// Generated from specs/tvupadmin/yunos.tvpubadmin.device.updateosstatus.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `yunos.tvpubadmin.device.updateosstatus` (更新系统版本审核状态). */
export interface YunosTvpubadminDeviceUpdateosstatusRequest {
  /** 升级ID */
  version_id?: Int64Input;
  /** 牌照方 */
  license: Int64Input;
  /** 审核状态 */
  status?: string;
  /** 审核意见 */
  audit_comment?: string;
}

/** Response of `yunos.tvpubadmin.device.updateosstatus`: TOP returns only requested, non-null fields, so all are optional. */
export interface YunosTvpubadminDeviceUpdateosstatusResponse {
  /** object */
  object?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  version_id: 'Number',
  license: 'Number',
  status: 'String',
  audit_comment: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  object: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `yunos.tvpubadmin.device.updateosstatus`: method, response root, request and response schemas. */
export const yunosTvpubadminDeviceUpdateosstatusOperation = {
  method: 'yunos.tvpubadmin.device.updateosstatus',
  responseRoot: 'yunos_tvpubadmin_device_updateosstatus_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 更新系统版本审核状态 — calls TOP method `yunos.tvpubadmin.device.updateosstatus`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function yunosTvpubadminDeviceUpdateosstatus(
  client: TopClient,
  request: YunosTvpubadminDeviceUpdateosstatusRequest,
  options?: CallOptions,
): Promise<YunosTvpubadminDeviceUpdateosstatusResponse> {
  return client.call<YunosTvpubadminDeviceUpdateosstatusResponse>(
    {
      method: 'yunos.tvpubadmin.device.updateosstatus',
      responseRoot: 'yunos_tvpubadmin_device_updateosstatus_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
