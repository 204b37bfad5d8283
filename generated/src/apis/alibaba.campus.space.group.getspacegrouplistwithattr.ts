// Generated from specs/campus/alibaba.campus.space.group.getspacegrouplistwithattr.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.campus.space.group.getspacegrouplistwithattr` (分页查询空间分组业务属性). */
export interface AlibabaCampusSpaceGroupGetspacegrouplistwithattrRequest {
  /** 操作用户上下文 */
  context?: AlibabaCampusSpaceGroupGetspacegrouplistwithattrWorkBenchContextInput;
  /** 查询对象 */
  group_query?: AlibabaCampusSpaceGroupGetspacegrouplistwithattrSpaceGroupQueryInput;
}

/** Response of `alibaba.campus.space.group.getspacegrouplistwithattr`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaCampusSpaceGroupGetspacegrouplistwithattrResponse {
  /** result */
  result?: AlibabaCampusSpaceGroupGetspacegrouplistwithattrListResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `WorkBenchContext` of `alibaba.campus.space.group.getspacegrouplistwithattr`. */
export interface AlibabaCampusSpaceGroupGetspacegrouplistwithattrWorkBenchContextInput {
  /** 园区编码 */
  campus_code?: string;
  /** 公司id */
  company_id?: Int64Input;
  /** 园区id */
  campus_id: Int64Input;
  /** 用户id */
  user_id?: string;
}

/** `SpaceGroupQuery` of `alibaba.campus.space.group.getspacegrouplistwithattr`. */
export interface AlibabaCampusSpaceGroupGetspacegrouplistwithattrSpaceGroupQueryInput {
  /** 分页数 */
  limit?: Int64Input;
  /** 多个分组id */
  ids?: Int64Input[];
  /** 类型编码 */
  type_code?: string;
  /** 楼层 */
  floor_id?: Int64Input;
  /** 当前页数 */
  current_page?: Int64Input;
  /** 类型id */
  type_id?: Int64Input;
  /** 楼宇 */
  building_id?: Int64Input;
}

/** `ListResult` of `alibaba.campus.space.group.getspacegrouplistwithattr`. */
export interface AlibabaCampusSpaceGroupGetspacegrouplistwithattrListResult {
  /** content */
  contents?: AlibabaCampusSpaceGroupGetspacegrouplistwithattrSpaceGroup[];
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

/** `SpaceGroup` of `alibaba.campus.space.group.getspacegrouplistwithattr`. */
export interface AlibabaCampusSpaceGroupGetspacegrouplistwithattrSpaceGroup {
  /** buildingName */
  building_name?: string;
  /** buildingId */
  building_id?: Int64;
  /** name */
  name?: string;
  /** typeCode */
  type_code?: string;
  /** id */
  id?: Int64;
  /** typeName */
  type_name?: string;
  /** campusName */
  campus_name?: string;
  /** typeId */
  type_id?: Int64;
  /** campusId */
  campus_id?: Int64;
  /** floorName */
  floor_name?: string;
  /** floorId */
  floor_id?: Int64;
  /** description */
  description?: string;
  /** code */
  code?: string;
  /** isDelete */
  is_delete?: boolean;
  /** attrs */
  attrs?: AlibabaCampusSpaceGroupGetspacegrouplistwithattrTypeAttrInstance[];
  /** uuid */
  uuid?: string;
  /** 地图图元id */
  ft_id?: string;
  /** 地图楼层id */
  geo_floor_id?: Int64;
}

/** `TypeAttrInstance` of `alibaba.campus.space.group.getspacegrouplistwithattr`. */
export interface AlibabaCampusSpaceGroupGetspacegrouplistwithattrTypeAttrInstance {
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
    campus_code: 'String',
    company_id: 'Number',
    campus_id: 'Number',
    user_id: 'String',
  },
  group_query: {
    limit: 'Number',
    ids: ['Number'],
    type_code: 'String',
    floor_id: 'Number',
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
        building_id: 'Number',
        name: 'String',
        type_code: 'String',
        id: 'Number',
        type_name: 'String',
        campus_name: 'String',
        type_id: 'Number',
        campus_id: 'Number',
        floor_name: 'String',
        floor_id: 'Number',
        description: 'String',
        code: 'String',
        is_delete: 'Boolean',
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

/** Static description of `alibaba.campus.space.group.getspacegrouplistwithattr`: method, response root, request and response schemas. */
export const alibabaCampusSpaceGroupGetspacegrouplistwithattrOperation = {
  method: 'alibaba.campus.space.group.getspacegrouplistwithattr',
  responseRoot: 'alibaba_campus_space_group_getspacegrouplistwithattr_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 分页查询空间分组业务属性 — calls TOP method `alibaba.campus.space.group.getspacegrouplistwithattr`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaCampusSpaceGroupGetspacegrouplistwithattr(
  client: TopClient,
  request: AlibabaCampusSpaceGroupGetspacegrouplistwithattrRequest = {},
  options?: CallOptions,
): Promise<AlibabaCampusSpaceGroupGetspacegrouplistwithattrResponse> {
  return client.call<AlibabaCampusSpaceGroupGetspacegrouplistwithattrResponse>(
    {
      method: 'alibaba.campus.space.group.getspacegrouplistwithattr',
      responseRoot: 'alibaba_campus_space_group_getspacegrouplistwithattr_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
