// Generated from specs/ottpay/youku.ott.iot.devicelist.change.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `youku.ott.iot.devicelist.change` (iot设备列表变化接口). */
export interface YoukuOttIotDevicelistChangeRequest {
  /** 变更信息 */
  change_info?: string;
}

/** Response of `youku.ott.iot.devicelist.change`: TOP returns only requested, non-null fields, so all are optional. */
export interface YoukuOttIotDevicelistChangeResponse {
  /** msgInfo */
  msg_info?: string;
  /** 成功 */
  is_success?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  change_info: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  msg_info: 'String',
  is_success: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `youku.ott.iot.devicelist.change`: method, response root, request and response schemas. */
export const youkuOttIotDevicelistChangeOperation = {
  method: 'youku.ott.iot.devicelist.change',
  responseRoot: 'youku_ott_iot_devicelist_change_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * iot设备列表变化接口 — calls TOP method `youku.ott.iot.devicelist.change`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function youkuOttIotDevicelistChange(
  client: TopClient,
  request: YoukuOttIotDevicelistChangeRequest = {},
  options?: CallOptions,
): Promise<YoukuOttIotDevicelistChangeResponse> {
  return client.call<YoukuOttIotDevicelistChangeResponse>(
    {
      method: 'youku.ott.iot.devicelist.change',
      responseRoot: 'youku_ott_iot_devicelist_change_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
