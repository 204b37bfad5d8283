// Generated from specs/tvupadmin/yunos.tvpubadmin.device.stats.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `yunos.tvpubadmin.device.stats` (获取设备统计数据). */
export interface YunosTvpubadminDeviceStatsRequest {
  /** 厂商名称 */
  factory_name: string;
  /** 设备型号 */
  device_model: string;
}

/** Response of `yunos.tvpubadmin.device.stats`: TOP returns only requested, non-null fields, so all are optional. */
export interface YunosTvpubadminDeviceStatsResponse {
  /** object */
  object?: YunosTvpubadminDeviceStatsStatsDeviceInfoDO;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `StatsDeviceInfoDO` of `yunos.tvpubadmin.device.stats`. */
export interface YunosTvpubadminDeviceStatsStatsDeviceInfoDO {
  /** id */
  id?: Int64;
  /** factoryName */
  factory_name?: string;
  /** deviceModel */
  device_model?: string;
  /** userActiveTotal */
  user_active_total?: Int64;
  /** userSignDaily */
  user_sign_daily?: Int64;
  /** statsDateStr */
  stats_date_str?: string;
  /** statsDate */
  stats_date?: string;
}

const REQUEST_SCHEMA = {
  factory_name: 'String',
  device_model: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  object: {
    id: 'Number',
    factory_name: 'String',
    device_model: 'String',
    user_active_total: 'Number',
    user_sign_daily: 'Number',
    stats_date_str: 'String',
    stats_date: 'Date',
  },
} as const satisfies ObjectSchema;

/** Static description of `yunos.tvpubadmin.device.stats`: method, response root, request and response schemas. */
export const yunosTvpubadminDeviceStatsOperation = {
  method: 'yunos.tvpubadmin.device.stats',
  responseRoot: 'yunos_tvpubadmin_device_stats_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取设备统计数据 — calls TOP method `yunos.tvpubadmin.device.stats`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function yunosTvpubadminDeviceStats(
  client: TopClient,
  request: YunosTvpubadminDeviceStatsRequest,
  options?: CallOptions,
): Promise<YunosTvpubadminDeviceStatsResponse> {
  return client.call<YunosTvpubadminDeviceStatsResponse>(
    {
      method: 'yunos.tvpubadmin.device.stats',
      responseRoot: 'yunos_tvpubadmin_device_stats_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
