// Generated from specs/tvupadmin/yunos.osupdate.appversion.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `yunos.osupdate.appversion.query` (分页获取桌面升级任务). */
export interface YunosOsupdateAppversionQueryRequest {
  /** 应用ID */
  app_id: Int64Input;
  /** 页码值 */
  page: Int64Input;
  /** 页大小 */
  size: Int64Input;
}

/** Response of `yunos.osupdate.appversion.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface YunosOsupdateAppversionQueryResponse {
  /** resultList */
  result_list?: YunosOsupdateAppversionQueryTvAppVersion[];
  /** 总数 */
  total_count?: Int64;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TvAppVersion` of `yunos.osupdate.appversion.query`. */
export interface YunosOsupdateAppversionQueryTvAppVersion {
  /** app */
  app?: YunosOsupdateAppversionQueryAppDto;
  /** 应用业务类型 */
  app_zip_type?: string;
  /** deviceAdapterList */
  device_adapter_list?: YunosOsupdateAppversionQueryDeviceAdapterDto[];
  /** 下载地址 */
  download_path?: string;
  /** 下载md5 */
  downloadmd5?: string;
  /** 创建时间 */
  gmt_create?: string;
  /** 更新时间 */
  gmt_modify?: string;
  /** 是否通知 */
  has_notified?: string;
  /** 任务ID */
  id?: Int64;
  /** 是否重启 */
  need_restart?: string;
  /** 发布说明 */
  release_note?: string;
  /** 重启应用参数 */
  restart_app_param?: string;
  /** 重启应用类型 */
  restart_app_type?: string;
  /** 重启类型 */
  restart_type?: string;
  /** 文件大小 */
  size?: string;
  /** 状态 */
  status?: string;
  /** 版本 */
  version?: string;
  /** 版本号 */
  version_code?: Int64;
}

/** `AppDto` of `yunos.osupdate.appversion.query`. */
export interface YunosOsupdateAppversionQueryAppDto {
  /** 应用ID */
  id?: Int64;
  /** 应用名称 */
  name?: string;
  /** 应用包名 */
  package_name?: string;
}

/** `DeviceAdapterDto` of `yunos.osupdate.appversion.query`. */
export interface YunosOsupdateAppversionQueryDeviceAdapterDto {
  /** 品牌ID */
  brand_id?: Int64;
  /** 品牌名称 */
  brand_name?: string;
  /** 最高系统版本 */
  highest_system_version?: string;
  /** 最低系统版本 */
  minimum_system_version?: string;
  /** 设备ID */
  model_id?: Int64;
  /** 设备名称 */
  model_name?: string;
  /** 类型ID */
  real_type_id?: Int64;
  /** 真实类型名称 */
  real_type_name?: string;
}

const REQUEST_SCHEMA = {
  app_id: 'Number',
  page: 'Number',
  size: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result_list: [
    {
      app: {
        id: 'Number',
        name: 'String',
        package_name: 'String',
      },
      app_zip_type: 'String',
      device_adapter_list: [
        {
          brand_id: 'Number',
          brand_name: 'String',
          highest_system_version: 'String',
          minimum_system_version: 'String',
          model_id: 'Number',
          model_name: 'String',
          real_type_id: 'Number',
          real_type_name: 'String',
        },
      ],
      download_path: 'String',
      downloadmd5: 'String',
      gmt_create: 'Date',
      gmt_modify: 'Date',
      has_notified: 'String',
      id: 'Number',
      need_restart: 'String',
      release_note: 'String',
      restart_app_param: 'String',
      restart_app_type: 'String',
      restart_type: 'String',
      size: 'String',
      status: 'String',
      version: 'String',
      version_code: 'Number',
    },
  ],
  total_count: 'Number',
} as const satisfies ObjectSchema;

/** Static description of `yunos.osupdate.appversion.query`: method, response root, request and response schemas. */
export const yunosOsupdateAppversionQueryOperation = {
  method: 'yunos.osupdate.appversion.query',
  responseRoot: 'yunos_osupdate_appversion_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 分页获取桌面升级任务 — calls TOP method `yunos.osupdate.appversion.query`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function yunosOsupdateAppversionQuery(
  client: TopClient,
  request: YunosOsupdateAppversionQueryRequest,
  options?: CallOptions,
): Promise<YunosOsupdateAppversionQueryResponse> {
  return client.call<YunosOsupdateAppversionQueryResponse>(
    {
      method: 'yunos.osupdate.appversion.query',
      responseRoot: 'yunos_osupdate_appversion_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
