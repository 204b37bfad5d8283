// Generated from specs/tvupadmin/yunos.tvpubadmin.device.tvid.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `yunos.tvpubadmin.device.tvid` (查询终端信息). */
export interface YunosTvpubadminDeviceTvidRequest {
  /** 设备的UUID */
  uuid: string;
}

/** Response of `yunos.tvpubadmin.device.tvid`: TOP returns only requested, non-null fields, so all are optional. */
export interface YunosTvpubadminDeviceTvidResponse {
  /** object */
  object?: YunosTvpubadminDeviceTvidDeviceInfoDo;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `DeviceInfoDo` of `yunos.tvpubadmin.device.tvid`. */
export interface YunosTvpubadminDeviceTvidDeviceInfoDo {
  /** uuid */
  uuid?: string;
  /** tvid */
  tvid?: string;
  /** brandId */
  brand_id?: Int64;
  /** brandName */
  brand_name?: string;
  /** deviceModel */
  device_model?: string;
  /** terminalType */
  terminal_type?: string;
  /** ethMac */
  eth_mac?: string;
  /** wlanMac */
  wlan_mac?: string;
  /** activeTime */
  active_time?: string;
  /** userActiveTime */
  user_active_time?: string;
  /** lastLoginTime */
  last_login_time?: string;
  /** createdAt */
  created_at?: string;
  /** updatedAt */
  updated_at?: string;
  /** systemVersion */
  system_version?: string;
}

const REQUEST_SCHEMA = {
  uuid: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  object: {
    uuid: 'String',
    tvid: 'String',
    brand_id: 'Number',
    brand_name: 'String',
    device_model: 'String',
    terminal_type: 'String',
    eth_mac: 'String',
    wlan_mac: 'String',
    active_time: 'Date',
    user_active_time: 'Date',
    last_login_time: 'Date',
    created_at: 'Date',
    updated_at: 'Date',
    system_version: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `yunos.tvpubadmin.device.tvid`: method, response root, request and response schemas. */
export const yunosTvpubadminDeviceTvidOperation = {
  method: 'yunos.tvpubadmin.device.tvid',
  responseRoot: 'yunos_tvpubadmin_device_tvid_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询终端信息 — calls TOP method `yunos.tvpubadmin.device.tvid`.
 *
 * 通过UUID查询终端信息
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function yunosTvpubadminDeviceTvid(
  client: TopClient,
  request: YunosTvpubadminDeviceTvidRequest,
  options?: CallOptions,
): Promise<YunosTvpubadminDeviceTvidResponse> {
  return client.call<YunosTvpubadminDeviceTvidResponse>(
    {
      method: 'yunos.tvpubadmin.device.tvid',
      responseRoot: 'yunos_tvpubadmin_device_tvid_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
