// Generated from specs/tvupadmin/yunos.osupdate.appversion.info.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `yunos.osupdate.appversion.info` (获取应用升级详情). */
export interface YunosOsupdateAppversionInfoRequest {
  /** 升级任务ID */
  id: Int64Input;
}

/** Response of `yunos.osupdate.appversion.info`: TOP returns only requested, non-null fields, so all are optional. */
export interface YunosOsupdateAppversionInfoResponse {
  /** data */
  data?: YunosOsupdateAppversionInfoTvAppVersion;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TvAppVersion` of `yunos.osupdate.appversion.info`. */
export interface YunosOsupdateAppversionInfoTvAppVersion {
  /** app */
  app?: YunosOsupdateAppversionInfoAppDto;
  /** appZipType */
  app_zip_type?: string;
  /** deviceAdapterList */
  device_adapter_list?: YunosOsupdateAppversionInfoDeviceAdapterDto[];
  /** downloadPath */
  download_path?: string;
  /** downloadmd5 */
  downloadmd5?: string;
  /** gmtCreate */
  gmt_create?: string;
  /** gmtModify */
  gmt_modify?: string;
  /** id */
  id?: Int64;
  /** needRestart */
  need_restart?: string;
  /** releaseNote */
  release_note?: string;
  /** size */
  size?: string;
  /** status */
  status?: string;
  /** version */
  version?: string;
  /** versionCode */
  version_code?: Int64;
}

/** `AppDto` of `yunos.osupdate.appversion.info`. */
export interface YunosOsupdateAppversionInfoAppDto {
  /** id */
  id?: Int64;
  /** name */
  name?: string;
  /** packageName */
  package_name?: string;
}

/** `DeviceAdapterDto` of `yunos.osupdate.appversion.info`. */
export interface YunosOsupdateAppversionInfoDeviceAdapterDto {
  /** brandId */
  brand_id?: Int64;
  /** brandName */
  brand_name?: string;
  /** highestSystemVersion */
  highest_system_version?: string;
  /** minimumSystemVersion */
  minimum_system_version?: string;
  /** modelId */
  model_id?: Int64;
  /** modelName */
  model_name?: string;
  /** realTypeId */
  real_type_id?: Int64;
  /** realTypeName */
  real_type_name?: string;
}

const REQUEST_SCHEMA = {
  id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  data: {
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
    id: 'Number',
    need_restart: 'String',
    release_note: 'String',
    size: 'String',
    status: 'String',
    version: 'String',
    version_code: 'Number',
  },
} as const satisfies ObjectSchema;

/** Static description of `yunos.osupdate.appversion.info`: method, response root, request and response schemas. */
export const yunosOsupdateAppversionInfoOperation = {
  method: 'yunos.osupdate.appversion.info',
  responseRoot: 'yunos_osupdate_appversion_info_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取应用升级详情 — calls TOP method `yunos.osupdate.appversion.info`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function yunosOsupdateAppversionInfo(
  client: TopClient,
  request: YunosOsupdateAppversionInfoRequest,
  options?: CallOptions,
): Promise<YunosOsupdateAppversionInfoResponse> {
  return client.call<YunosOsupdateAppversionInfoResponse>(
    {
      method: 'yunos.osupdate.appversion.info',
      responseRoot: 'yunos_osupdate_appversion_info_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
