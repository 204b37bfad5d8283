// Generated from specs/campus/alibaba.campus.space.unit.getspaceunitlistwithattr.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.campus.space.unit.getspaceunitlistwithattr` (空间单元列表带业务属性实例). */
export interface AlibabaCampusSpaceUnitGetspaceunitlistwithattrRequest {
  /** 操作用户上下文 */
  context?: AlibabaCampusSpaceUnitGetspaceunitlistwithattrWorkBenchContextInput;
  /** 空间单元查询对象 */
  unit_query?: AlibabaCampusSpaceUnitGetspaceunitlistwithattrSpaceUnitQueryInput;
}

/** Response of `alibaba.campus.space.unit.getspaceunitlistwithattr`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaCampusSpaceUnitGetspaceunitlistwithattrResponse {
  /** result */
  result?: AlibabaCampusSpaceUnitGetspaceunitlistwithattrListResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `WorkBenchContext` of `alibaba.campus.space.unit.getspaceunitlistwithattr`. */
export interface AlibabaCampusSpaceUnitGetspaceunitlistwithattrWorkBenchContextInput {
  /** 用户ID */
  user_id?: Int64Input;
  /** 园区编码 */
  campus_code?: string;
  /** 公司id */
  company_id?: Int64Input;
  /** 园区id */
  campus_id: Int64Input;
}

/** `SpaceUnitQuery` of `alibaba.campus.space.unit.getspaceunitlistwithattr`. */
export interface AlibabaCampusSpaceUnitGetspaceunitlistwithattrSpaceUnitQueryInput {
  /** 分页数 */
  limit?: Int64Input;
  /** 多个空间单元id */
  ids?: Int64Input[];
  /** 类型编码 */
  type_code?: string;
  /** 空间种类，1室内，2室外，3 逻辑 */
  category?: Int64Input;
  /** 楼层id */
  floor_id?: Int64Input;
  /** 空间单元名 */
  name?: string;
  /** 1 */
  current_page?: Int64Input;
  /** 类型id */
  type_id?: Int64Input;
  /** 楼宇id */
  building_id?: Int64Input;
}

/** `ListResult` of `alibaba.campus.space.unit.getspaceunitlistwithattr`. */
export interface AlibabaCampusSpaceUnitGetspaceunitlistwithattrListResult {
  /** content */
  contents?: AlibabaCampusSpaceUnitGetspaceunitlistwithattrPoiInfo[];
  /** totalCount */
  total_count?: Int64;
  /** requestId */
  request_id?: string;
  /** errorCode */
  error_code?: string;
  /** errorMsg */
  error_msg?: string;
  /** success */
  success?: boolean;
  /** errorLevel */
  error_level?: string;
}

/** `PoiInfo` of `alibaba.campus.space.unit.getspaceunitlistwithattr`. */
export interface AlibabaCampusSpaceUnitGetspaceunitlistwithattrPoiInfo {
  /** buildingName */
  building_name?: string;
  /** companyId */
  company_id?: Int64;
  /** status */
  status?: Int64;
  /** buildingId */
  building_id?: Int64;
  /** isDelete */
  is_delete?: boolean;
  /** code */
  code?: string;
  /** campusId */
  campus_id?: Int64;
  /** typeId */
  type_id?: Int64;
  /** typeCode */
  type_code?: string;
  /** id */
  id?: Int64;
  /** category */
  category?: Int64;
  /** floorName */
  floor_name?: string;
  /** floorId */
  floor_id?: Int64;
  /** typeName */
  type_name?: string;
  /** campusCode */
  campus_code?: string;
  /** campusName */
  campus_name?: string;
  /** name */
  name?: string;
  /** attrs */
  attrs?: AlibabaCampusSpaceUnitGetspaceunitlistwithattrTypeAttrInstance[];
  /** uuid */
  uuid?: string;
  /** 地图图元id */
  ft_id?: string;
  /** 地图楼层id */
  geo_floor_id?: Int64;
  /** heightStr */
  height?: string;
  /** areaStr */
  area?: string;
}

/** `TypeAttrInstance` of `alibaba.campus.space.unit.getspaceunitlistwithattr`. */
export interface AlibabaCampusSpaceUnitGetspaceunitlistwithattrTypeAttrInstance {
  /** typeAttrRefId */
  type_attr_ref_id?: Int64;
  /** attrName */
  attr_name?: string;
  /** attrCode */
  attr_code?: string;
  /** value */
  value?: string;
  /** valueType */
  value_type?: string;
  /** uuid */
  uuid?: string;
}

const REQUEST_SCHEMA = {
  context: {
    user_id: 'Number',
    campus_code: 'String',
    company_id: 'Number',
    campus_id: 'Number',
  },
  unit_query: {
    limit: 'Number',
    ids: ['Number'],
    type_code: 'String',
    category: 'Number',
    floor_id: 'Number',
    name: 'String',
    current_page: 'Number',
    type_id: 'Number',
    building_id: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    contents: [
      {
        building_name: 'String',
        company_id: 'Number',
        status: 'Number',
        building_id: 'Number',
        is_delete: 'Boolean',
        code: 'String',
        campus_id: 'Number',
        type_id: 'Number',
        type_code: 'String',
        id: 'Number',
        category: 'Number',
        floor_name: 'String',
        floor_id: 'Number',
        type_name: 'String',
        campus_code: 'String',
        campus_name: 'String',
        name: 'String',
        attrs: [
          {
            type_attr_ref_id: 'Number',
            attr_name: 'String',
            attr_code: 'String',
            value: 'String',
            value_type: 'String',
            uuid: 'String',
          },
        ],
        uuid: 'String',
        ft_id: 'String',
        geo_floor_id: 'Number',
        height: 'String',
        area: 'String',
      },
    ],
    total_count: 'Number',
    request_id: 'String',
    error_code: 'String',
    error_msg: 'String',
    success: 'Boolean',
    error_level: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.campus.space.unit.getspaceunitlistwithattr`: method, response root, request and response schemas. */
export const alibabaCampusSpaceUnitGetspaceunitlistwithattrOperation = {
  method: 'alibaba.campus.space.unit.getspaceunitlistwithattr',
  responseRoot: 'alibaba_campus_space_unit_getspaceunitlistwithattr_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 空间单元列表带业务属性实例 — calls TOP method `alibaba.campus.space.unit.getspaceunitlistwithattr`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaCampusSpaceUnitGetspaceunitlistwithattr(
  client: TopClient,
  request: AlibabaCampusSpaceUnitGetspaceunitlistwithattrRequest = {},
  options?: CallOptions,
): Promise<AlibabaCampusSpaceUnitGetspaceunitlistwithattrResponse> {
  return client.call<AlibabaCampusSpaceUnitGetspaceunitlistwithattrResponse>(
    {
      method: 'alibaba.campus.space.unit.getspaceunitlistwithattr',
      responseRoot: 'alibaba_campus_space_unit_getspaceunitlistwithattr_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
