// Generated from specs/ottpay/youku.ott.iot.status.push.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `youku.ott.iot.status.push` (iot设备状态变化通知接口). */
export interface YoukuOttIotStatusPushRequest {
  /** 变更信息 */
  change_info?: string;
}

/** Response of `youku.ott.iot.status.push`: TOP returns only requested, non-null fields, so all are optional. */
export interface YoukuOttIotStatusPushResponse {
  /** msgInfo */
  msg_info?: string;
  /** 成功标识 */
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

/** Static description of `youku.ott.iot.status.push`: method, response root, request and response schemas. */
export const youkuOttIotStatusPushOperation = {
  method: 'youku.ott.iot.status.push',
  responseRoot: 'youku_ott_iot_status_push_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * iot设备状态变化通知接口 — calls TOP method `youku.ott.iot.status.push`.
 *
 * ott iot设备状态通知
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function youkuOttIotStatusPush(
  client: TopClient,
  request: YoukuOttIotStatusPushRequest = {},
  options?: CallOptions,
): Promise<YoukuOttIotStatusPushResponse> {
  return client.call<YoukuOttIotStatusPushResponse>(
    {
      method: 'youku.ott.iot.status.push',
      responseRoot: 'youku_ott_iot_status_push_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
