// Generated from specs/tvupadmin/yunos.tvpubadmin.device.osupgradedetail.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `yunos.tvpubadmin.device.osupgradedetail` (获取系统升级详情). */
export interface YunosTvpubadminDeviceOsupgradedetailRequest {
  /** 版本ID */
  version_id?: Int64Input;
  /** 牌照方 */
  license: Int64Input;
}

/** Response of `yunos.tvpubadmin.device.osupgradedetail`: TOP returns only requested, non-null fields, so all are optional. */
export interface YunosTvpubadminDeviceOsupgradedetailResponse {
  /** 具体的数据对象 */
  object?: YunosTvpubadminDeviceOsupgradedetailOsVersionAuditDo;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `OsVersionAuditDo` of `yunos.tvpubadmin.device.osupgradedetail`. */
export interface YunosTvpubadminDeviceOsupgradedetailOsVersionAuditDo {
  /** 主键ID */
  id?: Int64;
  /** 型号名 */
  model_name?: string;
  /** 内部型号名 */
  real_type_name?: string;
  /** 版本号 */
  version?: string;
  /** 发布说明 */
  release_note?: string;
  /** 审核状态 */
  audit_status?: string;
  /** 状态描述 */
  status_desc?: string;
  /** 创建时间 */
  gmt_create?: string;
  /** 修改时间 */
  gmt_modify?: string;
  /** 审核时间 */
  gmt_audit?: string;
  /** 升级包列表 */
  os_rom_list?: YunosTvpubadminDeviceOsupgradedetailOsRomDo[];
}

/** `OsRomDo` of `yunos.tvpubadmin.device.osupgradedetail`. */
export interface YunosTvpubadminDeviceOsupgradedetailOsRomDo {
  /** 主键 */
  id?: Int64;
  /** 关联的版本ID */
  version_id?: Int64;
  /** 基准版本ID */
  base_version_id?: Int64;
  /** 下载地址 */
  download_path?: string;
  /** 文件MD5 */
  downloadmd5?: string;
  /** 大小 */
  size?: string;
  /** 切片数 */
  splitnum?: Int64;
  /** 是否删除 */
  is_delete?: string;
  /** 创建时间 */
  gmt_create?: string;
  /** 修改时间 */
  gmt_modify?: string;
}

const REQUEST_SCHEMA = {
  version_id: 'Number',
  license: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  object: {
    id: 'Number',
    model_name: 'String',
    real_type_name: 'String',
    version: 'String',
    release_note: 'String',
    audit_status: 'String',
    status_desc: 'String',
    gmt_create: 'Date',
    gmt_modify: 'Date',
    gmt_audit: 'Date',
    os_rom_list: [
      {
        id: 'Number',
        version_id: 'Number',
        base_version_id: 'Number',
        download_path: 'String',
        downloadmd5: 'String',
        size: 'String',
        splitnum: 'Number',
        is_delete: 'String',
        gmt_create: 'Date',
        gmt_modify: 'Date',
      },
    ],
  },
} as const satisfies ObjectSchema;

/** Static description of `yunos.tvpubadmin.device.osupgradedetail`: method, response root, request and response schemas. */
export const yunosTvpubadminDeviceOsupgradedetailOperation = {
  method: 'yunos.tvpubadmin.device.osupgradedetail',
  responseRoot: 'yunos_tvpubadmin_device_osupgradedetail_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取系统升级详情 — calls TOP method `yunos.tvpubadmin.device.osupgradedetail`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function yunosTvpubadminDeviceOsupgradedetail(
  client: TopClient,
  request: YunosTvpubadminDeviceOsupgradedetailRequest,
  options?: CallOptions,
): Promise<YunosTvpubadminDeviceOsupgradedetailResponse> {
  return client.call<YunosTvpubadminDeviceOsupgradedetailResponse>(
    {
      method: 'yunos.tvpubadmin.device.osupgradedetail',
      responseRoot: 'yunos_tvpubadmin_device_osupgradedetail_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
