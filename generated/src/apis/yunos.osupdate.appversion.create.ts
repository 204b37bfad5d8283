// Generated from specs/tvupadmin/yunos.osupdate.appversion.create.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `yunos.osupdate.appversion.create` (创建应用升级任务). */
export interface YunosOsupdateAppversionCreateRequest {
  /** 应用版本信息 */
  app_version?: YunosOsupdateAppversionCreateTvAppVersionInput;
}

/** Response of `yunos.osupdate.appversion.create`: TOP returns only requested, non-null fields, so all are optional. */
export interface YunosOsupdateAppversionCreateResponse {
  /** success */
  is_success?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TvAppVersion` of `yunos.osupdate.appversion.create`. */
export interface YunosOsupdateAppversionCreateTvAppVersionInput {
  /** 应用版本 */
  version_code: Int64Input;
  /** 重启类型 */
  restart_type?: string;
  /** 系统版本 */
  version?: string;
  /** 适配设备列表 */
  device_adapter_list?: YunosOsupdateAppversionCreateDeviceadapterlistInput[];
  /** 下载地址 */
  download_path?: string;
  /** 发布说明 */
  release_note?: string;
  /** 应用信息 */
  app?: YunosOsupdateAppversionCreateAppDtoInput;
  /** 状态 */
  status?: string;
  /** 升级包类型 */
  app_zip_type?: string;
  /** 是否需要重启 */
  need_restart?: string;
}

/** `Deviceadapterlist` of `yunos.osupdate.appversion.create`. */
export interface YunosOsupdateAppversionCreateDeviceadapterlistInput {
  /** 适配设备真实类型ID */
  real_type_id?: Int64Input;
  /** 设备最小版本号 */
  minimum_system_version?: string;
  /** 设备最大版本号 */
  highest_system_version?: string;
  /** 品牌ID */
  brand_id?: Int64Input;
  /** 设备ID */
  model_id?: Int64Input;
  /** 设备真实名称 */
  real_type_name?: string;
  /** 品牌名称 */
  brand_name?: string;
  /** 设备名称 */
  model_name?: string;
}

/** `AppDto` of `yunos.osupdate.appversion.create`. */
export interface YunosOsupdateAppversionCreateAppDtoInput {
  /** 应用ID */
  id: Int64Input;
}

const REQUEST_SCHEMA = {
  app_version: {
    version_code: 'Number',
    restart_type: 'String',
    version: 'String',
    device_adapter_list: [
      {
        real_type_id: 'Number',
        minimum_system_version: 'String',
        highest_system_version: 'String',
        brand_id: 'Number',
        model_id: 'Number',
        real_type_name: 'String',
        brand_name: 'String',
        model_name: 'String',
      },
    ],
    download_path: 'String',
    release_note: 'String',
    app: {
      id: 'Number',
    },
    status: 'String',
    app_zip_type: 'String',
    need_restart: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  is_success: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `yunos.osupdate.appversion.create`: method, response root, request and response schemas. */
export const yunosOsupdateAppversionCreateOperation = {
  method: 'yunos.osupdate.appversion.create',
  responseRoot: 'yunos_osupdate_appversion_create_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 创建应用升级任务 — calls TOP method `yunos.osupdate.appversion.create`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function yunosOsupdateAppversionCreate(
  client: TopClient,
  request: YunosOsupdateAppversionCreateRequest = {},
  options?: CallOptions,
): Promise<YunosOsupdateAppversionCreateResponse> {
  return client.call<YunosOsupdateAppversionCreateResponse>(
    {
      method: 'yunos.osupdate.appversion.create',
      responseRoot: 'yunos_osupdate_appversion_create_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
