// Generated from specs/tvupadmin/yunos.tvpubadmin.device.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `yunos.tvpubadmin.device.query` (获取设备列表). */
export interface YunosTvpubadminDeviceQueryRequest {
  /** 终端类型 */
  terminal_type?: string;
  /** 品牌ID */
  brand_id?: Int64Input;
  /** 牌照方 */
  license: Int64Input;
  /** 页码值 */
  page_no: Int64Input;
  /** 每页条数 */
  page_size: Int64Input;
}

/** Response of `yunos.tvpubadmin.device.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface YunosTvpubadminDeviceQueryResponse {
  /** object */
  object?: YunosTvpubadminDeviceQueryPaginationDO;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `PaginationDO` of `yunos.tvpubadmin.device.query`. */
export interface YunosTvpubadminDeviceQueryPaginationDO {
  /** 总数 */
  total?: Int64;
  /** 页码值 */
  page_no?: Int64;
  /** 每页条数 */
  page_size?: Int64;
  /** list */
  list?: YunosTvpubadminDeviceQueryDeviceExtendDO[];
}

/** `DeviceExtendDO` of `yunos.tvpubadmin.device.query`. */
export interface YunosTvpubadminDeviceQueryDeviceExtendDO {
  /** 牌照方 */
  bcp?: Int64;
  /** 设备型号 */
  device_model?: string;
  /** 设备内部型号 */
  inner_device_model?: string;
  /** 设备类型 */
  terminal_type?: string;
  /** 厂商名称 */
  brand_name?: string;
  /** 厂商ID */
  brand_id?: Int64;
  /** 创建时间 */
  create_time?: string;
}

const REQUEST_SCHEMA = {
  terminal_type: 'String',
  brand_id: 'Number',
  license: 'Number',
  page_no: 'Number',
  page_size: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  object: {
    total: 'Number',
    page_no: 'Number',
    page_size: 'Number',
    list: [
      {
        bcp: 'Number',
        device_model: 'String',
        inner_device_model: 'String',
        terminal_type: 'String',
        brand_name: 'String',
        brand_id: 'Number',
        create_time: 'Date',
      },
    ],
  },
} as const satisfies ObjectSchema;

/** Static description of `yunos.tvpubadmin.device.query`: method, response root, request and response schemas. */
export const yunosTvpubadminDeviceQueryOperation = {
  method: 'yunos.tvpubadmin.device.query',
  responseRoot: 'yunos_tvpubadmin_device_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取设备列表 — calls TOP method `yunos.tvpubadmin.device.query`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function yunosTvpubadminDeviceQuery(
  client: TopClient,
  request: YunosTvpubadminDeviceQueryRequest,
  options?: CallOptions,
): Promise<YunosTvpubadminDeviceQueryResponse> {
  return client.call<YunosTvpubadminDeviceQueryResponse>(
    {
      method: 'yunos.tvpubadmin.device.query',
      responseRoot: 'yunos_tvpubadmin_device_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
