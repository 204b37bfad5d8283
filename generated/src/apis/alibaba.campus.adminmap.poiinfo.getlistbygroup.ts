// Generated from specs/campus/alibaba.campus.adminmap.poiinfo.getlistbygroup.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.campus.adminmap.poiinfo.getlistbygroup` (根据分组条件查询分组下的空间单元不包涵业务属性信息). */
export interface AlibabaCampusAdminmapPoiinfoGetlistbygroupRequest {
  /** 上下文 */
  context?: AlibabaCampusAdminmapPoiinfoGetlistbygroupWorkBenchContextInput;
  /** 查询对象 */
  query?: AlibabaCampusAdminmapPoiinfoGetlistbygroupSpaceUnitQueryInput;
}

/** Response of `alibaba.campus.adminmap.poiinfo.getlistbygroup`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaCampusAdminmapPoiinfoGetlistbygroupResponse {
  /** result */
  result?: AlibabaCampusAdminmapPoiinfoGetlistbygroupListResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `WorkBenchContext` of `alibaba.campus.adminmap.poiinfo.getlistbygroup`. */
export interface AlibabaCampusAdminmapPoiinfoGetlistbygroupWorkBenchContextInput {
  /** app编码 */
  app_code: string;
  /** 公司id */
  company_id?: Int64Input;
  /** 园区id */
  campus_id: Int64Input;
}

/** `SpaceUnitQuery` of `alibaba.campus.adminmap.poiinfo.getlistbygroup`. */
export interface AlibabaCampusAdminmapPoiinfoGetlistbygroupSpaceUnitQueryInput {
  /** 分组编码 */
  group_code: string;
  /** 10 */
  limit: Int64Input;
  /** 类型编码 */
  type_code?: string;
  /** 分组id */
  group_id?: Int64Input;
  /** 当前页 */
  current_page: Int64Input;
  /** 类型id */
  type_id?: Int64Input;
}

/** `ListResult` of `alibaba.campus.adminmap.poiinfo.getlistbygroup`. */
export interface AlibabaCampusAdminmapPoiinfoGetlistbygroupListResult {
  /** content */
  contents?: AlibabaCampusAdminmapPoiinfoGetlistbygroupPoiInfo[];
  /** requestId */
  request_id?: string;
  /** totalCount */
  total_count?: Int64;
  /** errorCode */
  error_code?: string;
  /** errorMsg */
  error_msg?: string;
  /** success */
  success?: boolean;
  /** errorLevel */
  error_level?: string;
}

/** `PoiInfo` of `alibaba.campus.adminmap.poiinfo.getlistbygroup`. */
export interface AlibabaCampusAdminmapPoiinfoGetlistbygroupPoiInfo {
  /** 高德楼层id */
  geo_floor_id?: Int64;
  /** ftId */
  ft_id?: string;
  /** uuid */
  uuid?: string;
  /** 空间单元名称 */
  name?: string;
  /** 园区名称 */
  campus_name?: string;
  /** 园区编码 */
  campus_code?: string;
  /** 类型名称 */
  type_name?: string;
  /** 楼层id */
  floor_id?: Int64;
  /** 面积 */
  area?: string;
  /** 高度 */
  height?: string;
  /** 楼层名 */
  floor_name?: string;
  /** category */
  category?: Int64;
  /** id */
  id?: Int64;
  /** 类型编码 */
  type_code?: string;
  /** 类型id */
  type_id?: Int64;
  /** 园区id */
  campus_id?: Int64;
  /** 是否删除 */
  is_delete?: boolean;
  /** 楼宇id */
  building_id?: Int64;
  /** 状态 */
  status?: Int64;
  /** 园区id */
  company_id?: Int64;
  /** 楼宇名称 */
  building_name?: string;
  /** businessId */
  code?: string;
}

const REQUEST_SCHEMA = {
  context: {
    app_code: 'String',
    company_id: 'Number',
    campus_id: 'Number',
  },
  query: {
    group_code: 'String',
    limit: 'Number',
    type_code: 'String',
    group_id: 'Number',
    current_page: 'Number',
    type_id: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    contents: [
      {
        geo_floor_id: 'Number',
        ft_id: 'String',
        uuid: 'String',
        name: 'String',
        campus_name: 'String',
        campus_code: 'String',
        type_name: 'String',
        floor_id: 'Number',
        area: 'String',
        height: 'String',
        floor_name: 'String',
        category: 'Number',
        id: 'Number',
        type_code: 'String',
        type_id: 'Number',
        campus_id: 'Number',
        is_delete: 'Boolean',
        building_id: 'Number',
        status: 'Number',
        company_id: 'Number',
        building_name: 'String',
        code: 'String',
      },
    ],
    request_id: 'String',
    total_count: 'Number',
    error_code: 'String',
    error_msg: 'String',
    success: 'Boolean',
    error_level: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.campus.adminmap.poiinfo.getlistbygroup`: method, response root, request and response schemas. */
export const alibabaCampusAdminmapPoiinfoGetlistbygroupOperation = {
  method: 'alibaba.campus.adminmap.poiinfo.getlistbygroup',
  responseRoot: 'alibaba_campus_adminmap_poiinfo_getlistbygroup_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 根据分组条件查询分组下的空间单元不包涵业务属性信息 — calls TOP method `alibaba.campus.adminmap.poiinfo.getlistbygroup`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaCampusAdminmapPoiinfoGetlistbygroup(
  client: TopClient,
  request: AlibabaCampusAdminmapPoiinfoGetlistbygroupRequest = {},
  options?: CallOptions,
): Promise<AlibabaCampusAdminmapPoiinfoGetlistbygroupResponse> {
  return client.call<AlibabaCampusAdminmapPoiinfoGetlistbygroupResponse>(
    {
      method: 'alibaba.campus.adminmap.poiinfo.getlistbygroup',
      responseRoot: 'alibaba_campus_adminmap_poiinfo_getlistbygroup_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
