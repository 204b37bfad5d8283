// Generated from specs/tvupadmin/yunos.tvpubadmin.device.updateappstatus.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `yunos.tvpubadmin.device.updateappstatus` (更新应用版本审核状态). */
export interface YunosTvpubadminDeviceUpdateappstatusRequest {
  /** 应用ID */
  version_id?: Int64Input;
  /** 牌照方 */
  license: Int64Input;
  /** 审核状态 */
  status?: string;
  /** 审核意见 */
  audit_comment?: string;
}

/** Response of `yunos.tvpubadmin.device.updateappstatus`: TOP returns only requested, non-null fields, so all are optional. */
export interface YunosTvpubadminDeviceUpdateappstatusResponse {
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

/** Static description of `yunos.tvpubadmin.device.updateappstatus`: method, response root, request and response schemas. */
export const yunosTvpubadminDeviceUpdateappstatusOperation = {
  method: 'yunos.tvpubadmin.device.updateappstatus',
  responseRoot: 'yunos_tvpubadmin_device_updateappstatus_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 更新应用版本审核状态 — calls TOP method `yunos.tvpubadmin.device.updateappstatus`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function yunosTvpubadminDeviceUpdateappstatus(
  client: TopClient,
  request: YunosTvpubadminDeviceUpdateappstatusRequest,
  options?: CallOptions,
): Promise<YunosTvpubadminDeviceUpdateappstatusResponse> {
  return client.call<YunosTvpubadminDeviceUpdateappstatusResponse>(
    {
      method: 'yunos.tvpubadmin.device.updateappstatus',
      responseRoot: 'yunos_tvpubadmin_device_updateappstatus_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
