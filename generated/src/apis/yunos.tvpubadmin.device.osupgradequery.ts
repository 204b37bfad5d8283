// Generated from specs/tvupadmin/yunos.tvpubadmin.device.osupgradequery.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `yunos.tvpubadmin.device.osupgradequery` (系统升级查询). */
export interface YunosTvpubadminDeviceOsupgradequeryRequest {
  /** 牌照方 */
  license: Int64Input;
  /** 审核状态 */
  status?: string;
  /** 时间范围 */
  day_range: Int64Input;
  /** 第几页 */
  page_no: Int64Input;
  /** 数据大小 */
  page_size: Int64Input;
}

/** Response of `yunos.tvpubadmin.device.osupgradequery`: TOP returns only requested, non-null fields, so all are optional. */
export interface YunosTvpubadminDeviceOsupgradequeryResponse {
  /** 信息结构 */
  object_list?: YunosTvpubadminDeviceOsupgradequeryPaginationDO;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `PaginationDO` of `yunos.tvpubadmin.device.osupgradequery`. */
export interface YunosTvpubadminDeviceOsupgradequeryPaginationDO {
  /** 总数 */
  total?: Int64;
  /** 页码 */
  page_no?: Int64;
  /** 单页数量 */
  page_size?: Int64;
  /** 内容列表 */
  list?: YunosTvpubadminDeviceOsupgradequeryOsVersionAuditDO[];
}

/** `OsVersionAuditDO` of `yunos.tvpubadmin.device.osupgradequery`. */
export interface YunosTvpubadminDeviceOsupgradequeryOsVersionAuditDO {
  /** 主键ID */
  id?: Int64;
  /** 内部设备型号 */
  model_name?: string;
  /** 设备型号 */
  real_type_name?: string;
  /** 版本 */
  version?: string;
  /** 描述 */
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
  os_rom_list?: YunosTvpubadminDeviceOsupgradequeryOsRomDO[];
}

/** `OsRomDO` of `yunos.tvpubadmin.device.osupgradequery`. */
export interface YunosTvpubadminDeviceOsupgradequeryOsRomDO {
  /** 主键ID */
  id?: Int64;
  /** 版本 */
  version_id?: Int64;
  /** 基础版本 */
  base_version_id?: Int64;
  /** 下载地址 */
  download_path?: string;
  /** 下载MD5 */
  downloadmd5?: string;
  /** 大小 */
  size?: string;
  /** 分片数 */
  splitnum?: Int64;
  /** 删除标识 */
  is_delete?: string;
  /** 创建时间 */
  gmt_create?: string;
  /** 修改时间 */
  gmt_modify?: string;
}

const REQUEST_SCHEMA = {
  license: 'Number',
  status: 'String',
  day_range: 'Number',
  page_no: 'Number',
  page_size: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  object_list: {
    total: 'Number',
    page_no: 'Number',
    page_size: 'Number',
    list: [
      {
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
    ],
  },
} as const satisfies ObjectSchema;

/** Static description of `yunos.tvpubadmin.device.osupgradequery`: method, response root, request and response schemas. */
export const yunosTvpubadminDeviceOsupgradequeryOperation = {
  method: 'yunos.tvpubadmin.device.osupgradequery',
  responseRoot: 'yunos_tvpubadmin_device_osupgradequery_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 系统升级查询 — calls TOP method `yunos.tvpubadmin.device.osupgradequery`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function yunosTvpubadminDeviceOsupgradequery(
  client: TopClient,
  request: YunosTvpubadminDeviceOsupgradequeryRequest,
  options?: CallOptions,
): Promise<YunosTvpubadminDeviceOsupgradequeryResponse> {
  return client.call<YunosTvpubadminDeviceOsupgradequeryResponse>(
    {
      method: 'yunos.tvpubadmin.device.osupgradequery',
      responseRoot: 'yunos_tvpubadmin_device_osupgradequery_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
