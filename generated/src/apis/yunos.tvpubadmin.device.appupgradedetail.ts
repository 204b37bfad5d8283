// Generated from specs/tvupadmin/yunos.tvpubadmin.device.appupgradedetail.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `yunos.tvpubadmin.device.appupgradedetail` (获取应用升级详情). */
export interface YunosTvpubadminDeviceAppupgradedetailRequest {
  /** 应用升级的ID */
  version_id?: Int64Input;
  /** 牌照方 */
  license: Int64Input;
}

/** Response of `yunos.tvpubadmin.device.appupgradedetail`: TOP returns only requested, non-null fields, so all are optional. */
export interface YunosTvpubadminDeviceAppupgradedetailResponse {
  /** 应用列表 */
  object?: YunosTvpubadminDeviceAppupgradedetailAppVersionAuditDo;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `AppVersionAuditDo` of `yunos.tvpubadmin.device.appupgradedetail`. */
export interface YunosTvpubadminDeviceAppupgradedetailAppVersionAuditDo {
  /** 主键ID */
  id?: Int64;
  /** 应用名 */
  app_name?: string;
  /** 应用包名 */
  app_package_name?: string;
  /** 版本号 */
  version_name?: string;
  /** 版本Code */
  version_code?: string;
  /** 发布说明 */
  release_note?: string;
  /** 下载地址 */
  download_url?: string;
  /** 安装包大小 */
  size?: string;
  /** 审核状态 */
  audit_status?: string;
  /** 审核意见 */
  status_desc?: string;
  /** 创建时间 */
  gmt_create?: string;
  /** 修改时间 */
  gmt_modify?: string;
  /** 审核时间 */
  gmt_audit?: string;
}

const REQUEST_SCHEMA = {
  version_id: 'Number',
  license: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  object: {
    id: 'Number',
    app_name: 'String',
    app_package_name: 'String',
    version_name: 'String',
    version_code: 'String',
    release_note: 'String',
    download_url: 'String',
    size: 'String',
    audit_status: 'String',
    status_desc: 'String',
    gmt_create: 'Date',
    gmt_modify: 'Date',
    gmt_audit: 'Date',
  },
} as const satisfies ObjectSchema;

/** Static description of `yunos.tvpubadmin.device.appupgradedetail`: method, response root, request and response schemas. */
export const yunosTvpubadminDeviceAppupgradedetailOperation = {
  method: 'yunos.tvpubadmin.device.appupgradedetail',
  responseRoot: 'yunos_tvpubadmin_device_appupgradedetail_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取应用升级详情 — calls TOP method `yunos.tvpubadmin.device.appupgradedetail`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function yunosTvpubadminDeviceAppupgradedetail(
  client: TopClient,
  request: YunosTvpubadminDeviceAppupgradedetailRequest,
  options?: CallOptions,
): Promise<YunosTvpubadminDeviceAppupgradedetailResponse> {
  return client.call<YunosTvpubadminDeviceAppupgradedetailResponse>(
    {
      method: 'yunos.tvpubadmin.device.appupgradedetail',
      responseRoot: 'yunos_tvpubadmin_device_appupgradedetail_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
