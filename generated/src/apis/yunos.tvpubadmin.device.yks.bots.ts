// Generated from specs/tvupadmin/yunos.tvpubadmin.device.yks.bots.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `yunos.tvpubadmin.device.yks.bots` (获取设备列表). */
export interface YunosTvpubadminDeviceYksBotsRequest {}

/** Response of `yunos.tvpubadmin.device.yks.bots`: TOP returns only requested, non-null fields, so all are optional. */
export interface YunosTvpubadminDeviceYksBotsResponse {
  /** result */
  result?: YunosTvpubadminDeviceYksBotsBaseResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `BaseResult` of `yunos.tvpubadmin.device.yks.bots`. */
export interface YunosTvpubadminDeviceYksBotsBaseResult {
  /** 返回码 */
  ret_code?: Int64;
  /** 返回信息 */
  ret_msg?: string;
  /** retValue */
  ret_values?: YunosTvpubadminDeviceYksBotsSimpleBotInfo[];
}

/** `SimpleBotInfo` of `yunos.tvpubadmin.device.yks.bots`. */
export interface YunosTvpubadminDeviceYksBotsSimpleBotInfo {
  /** 设备名称 */
  name?: string;
  /** 设备id */
  id?: Int64;
}

const REQUEST_SCHEMA = {} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    ret_code: 'Number',
    ret_msg: 'String',
    ret_values: [
      {
        name: 'String',
        id: 'Number',
      },
    ],
  },
} as const satisfies ObjectSchema;

/** Static description of `yunos.tvpubadmin.device.yks.bots`: method, response root, request and response schemas. */
export const yunosTvpubadminDeviceYksBotsOperation = {
  method: 'yunos.tvpubadmin.device.yks.bots',
  responseRoot: 'yunos_tvpubadmin_device_yks_bots_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取设备列表 — calls TOP method `yunos.tvpubadmin.device.yks.bots`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function yunosTvpubadminDeviceYksBots(
  client: TopClient,
  request: YunosTvpubadminDeviceYksBotsRequest = {},
  options?: CallOptions,
): Promise<YunosTvpubadminDeviceYksBotsResponse> {
  return client.call<YunosTvpubadminDeviceYksBotsResponse>(
    {
      method: 'yunos.tvpubadmin.device.yks.bots',
      responseRoot: 'yunos_tvpubadmin_device_yks_bots_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
