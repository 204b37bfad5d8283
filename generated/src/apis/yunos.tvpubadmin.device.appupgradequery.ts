// Generated from specs/tvupadmin/yunos.tvpubadmin.device.appupgradequery.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `yunos.tvpubadmin.device.appupgradequery` (应用升级查询). */
export interface YunosTvpubadminDeviceAppupgradequeryRequest {
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

/** Response of `yunos.tvpubadmin.device.appupgradequery`: TOP returns only requested, non-null fields, so all are optional. */
export interface YunosTvpubadminDeviceAppupgradequeryResponse {
  /** 具体的数据结构 */
  object_list?: YunosTvpubadminDeviceAppupgradequeryPaginationDO;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `PaginationDO` of `yunos.tvpubadmin.device.appupgradequery`. */
export interface YunosTvpubadminDeviceAppupgradequeryPaginationDO {
  /** 总数 */
  total?: Int64;
  /** 页码 */
  page_no?: Int64;
  /** 单页数量 */
  page_size?: Int64;
  /** 内容列表 */
  list?: YunosTvpubadminDeviceAppupgradequeryAppVersionAuditDO[];
}

/** `AppVersionAuditDO` of `yunos.tvpubadmin.device.appupgradequery`. */
export interface YunosTvpubadminDeviceAppupgradequeryAppVersionAuditDO {
  /** 主键ID */
  id?: Int64;
  /** 应用名 */
  app_name?: string;
  /** 引用包名 */
  app_package_name?: string;
  /** 版本名 */
  version_name?: string;
  /** 版本号 */
  version_code?: string;
  /** 描述 */
  release_note?: string;
  /** 下载地址 */
  download_url?: string;
  /** 包大小 */
  size?: string;
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
    ],
  },
} as const satisfies ObjectSchema;

/** Static description of `yunos.tvpubadmin.device.appupgradequery`: method, response root, request and response schemas. */
export const yunosTvpubadminDeviceAppupgradequeryOperation = {
  method: 'yunos.tvpubadmin.device.appupgradequery',
  responseRoot: 'yunos_tvpubadmin_device_appupgradequery_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 应用升级查询 — calls TOP method `yunos.tvpubadmin.device.appupgradequery`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function yunosTvpubadminDeviceAppupgradequery(
  client: TopClient,
  request: YunosTvpubadminDeviceAppupgradequeryRequest,
  options?: CallOptions,
): Promise<YunosTvpubadminDeviceAppupgradequeryResponse> {
  return client.call<YunosTvpubadminDeviceAppupgradequeryResponse>(
    {
      method: 'yunos.tvpubadmin.device.appupgradequery',
      responseRoot: 'yunos_tvpubadmin_device_appupgradequery_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
