// Generated from specs/tvupadmin/yunos.tvpubadmin.device.apks.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `yunos.tvpubadmin.device.apks` (获取停开服apk列表). */
export interface YunosTvpubadminDeviceApksRequest {
  /** 牌照 */
  license: Int64Input;
}

/** Response of `yunos.tvpubadmin.device.apks`: TOP returns only requested, non-null fields, so all are optional. */
export interface YunosTvpubadminDeviceApksResponse {
  /** object */
  apk_list?: (string | Record<string, unknown>)[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  license: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  apk_list: ['Json'],
} as const satisfies ObjectSchema;

/** Static description of `yunos.tvpubadmin.device.apks`: method, response root, request and response schemas. */
export const yunosTvpubadminDeviceApksOperation = {
  method: 'yunos.tvpubadmin.device.apks',
  responseRoot: 'yunos_tvpubadmin_device_apks_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取停开服apk列表 — calls TOP method `yunos.tvpubadmin.device.apks`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function yunosTvpubadminDeviceApks(
  client: TopClient,
  request: YunosTvpubadminDeviceApksRequest,
  options?: CallOptions,
): Promise<YunosTvpubadminDeviceApksResponse> {
  return client.call<YunosTvpubadminDeviceApksResponse>(
    {
      method: 'yunos.tvpubadmin.device.apks',
      responseRoot: 'yunos_tvpubadmin_device_apks_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
