// Generated from specs/campus/alibaba.campus.space.group.getlist.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.campus.space.group.getlist` (多条件查询空间分组信息). */
export interface AlibabaCampusSpaceGroupGetlistRequest {
  /** 查询条件封装 */
  param0?: AlibabaCampusSpaceGroupGetlistWorkBenchContextInput;
  /** 查询参数封装 */
  param1?: AlibabaCampusSpaceGroupGetlistSpaceGroupQueryInput;
}

/** Response of `alibaba.campus.space.group.getlist`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaCampusSpaceGroupGetlistResponse {
  /** result */
  result?: AlibabaCampusSpaceGroupGetlistListResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `WorkBenchContext` of `alibaba.campus.space.group.getlist`. */
export interface AlibabaCampusSpaceGroupGetlistWorkBenchContextInput {
  /** "" */
  campus_code?: string;
  /** 公司ID */
  company_id?: Int64Input;
  /** 园区ID */
  campus_id: Int64Input;
}

/** `SpaceGroupQuery` of `alibaba.campus.space.group.getlist`. */
export interface AlibabaCampusSpaceGroupGetlistSpaceGroupQueryInput {
  /** 分页限制 */
  limit?: Int64Input;
  /** 分组ID集合 */
  ids?: Int64Input[];
  /** 分组ID */
  group_id?: Int64Input;
  /** 楼层ID */
  floor_id?: Int64Input;
  /** 当前页码 */
  current_page?: Int64Input;
  /** 公司ID */
  company_id?: Int64Input;
  /** 类别ID */
  type_id?: Int64Input;
  /** 园区ID */
  campus_id: Int64Input;
  /** 楼宇ID */
  building_id?: Int64Input;
  /** 类型编码 */
  type_code?: string;
  /** 空间分组编码 */
  code?: string;
  /** 分组名称 */
  name?: string;
  /** 分组名称或者code */
  name_or_code?: string;
}

/** `ListResult` of `alibaba.campus.space.group.getlist`. */
export interface AlibabaCampusSpaceGroupGetlistListResult {
  /** content */
  contents?: AlibabaCampusSpaceGroupGetlistSpaceGroup[];
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

/** `SpaceGroup` of `alibaba.campus.space.group.getlist`. */
export interface AlibabaCampusSpaceGroupGetlistSpaceGroup {
  /** buildingName */
  building_name?: string;
  /** buildingId */
  building_id?: Int64;
  /** name */
  name?: string;
  /** 空间分组大类别 */
  big_type_name?: string;
  /** 空间分组类别 */
  type_code?: string;
  /** 空间分组大类别 */
  big_type_id?: Int64;
  /** id */
  id?: Int64;
  /** typeName */
  type_name?: string;
  /** campusName */
  campus_name?: string;
  /** 空间分组类别 */
  type_id?: Int64;
  /** campusId */
  campus_id?: Int64;
  /** modifier */
  modifier?: string;
  /** creator */
  creator?: string;
  /** gmtModified */
  gmt_modified?: string;
  /** gmtCreate */
  gmt_create?: string;
  /** floorName */
  floor_name?: string;
  /** floorId */
  floor_id?: Int64;
  /** description */
  description?: string;
  /** 空间类型包装 */
  type_wrap?: AlibabaCampusSpaceGroupGetlistPoiTypeWrap;
  /** isDelete */
  is_delete?: boolean;
  /** code */
  code?: string;
}

/** `PoiTypeWrap` of `alibaba.campus.space.group.getlist`. */
export interface AlibabaCampusSpaceGroupGetlistPoiTypeWrap {
  /** isDelete */
  is_delete?: boolean;
  /** description */
  description?: string;
  /** fullName */
  full_name?: string;
  /** name */
  name?: string;
  /** code */
  code?: string;
  /** secondTypeName */
  second_type_name?: string;
  /** secondTypeCode */
  second_type_code?: string;
  /** id */
  id?: Int64;
  /** secondTypeId */
  second_type_id?: Int64;
  /** gmtModified */
  gmt_modified?: string;
  /** gmtCreate */
  gmt_create?: string;
  /** modifier */
  modifier?: string;
  /** creator */
  creator?: string;
}

const REQUEST_SCHEMA = {
  param0: {
    campus_code: 'String',
    company_id: 'Number',
    campus_id: 'Number',
  },
  param1: {
    limit: 'Number',
    ids: ['Number'],
    group_id: 'Number',
    floor_id: 'Number',
    current_page: 'Number',
    company_id: 'Number',
    type_id: 'Number',
    campus_id: 'Number',
    building_id: 'Number',
    type_code: 'String',
    code: 'String',
    name: 'String',
    name_or_code: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    contents: [
      {
        building_name: 'String',
        building_id: 'Number',
        name: 'String',
        big_type_name: 'String',
        type_code: 'String',
        big_type_id: 'Number',
        id: 'Number',
        type_name: 'String',
        campus_name: 'String',
        type_id: 'Number',
        campus_id: 'Number',
        modifier: 'String',
        creator: 'String',
        gmt_modified: 'Date',
        gmt_create: 'Date',
        floor_name: 'String',
        floor_id: 'Number',
        description: 'String',
        type_wrap: {
          is_delete: 'Boolean',
          description: 'String',
          full_name: 'String',
          name: 'String',
          code: 'String',
          second_type_name: 'String',
          second_type_code: 'String',
          id: 'Number',
          second_type_id: 'Number',
          gmt_modified: 'Date',
          gmt_create: 'Date',
          modifier: 'String',
          creator: 'String',
        },
        is_delete: 'Boolean',
        code: 'String',
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

/** Static description of `alibaba.campus.space.group.getlist`: method, response root, request and response schemas. */
export const alibabaCampusSpaceGroupGetlistOperation = {
  method: 'alibaba.campus.space.group.getlist',
  responseRoot: 'alibaba_campus_space_group_getlist_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 多条件查询空间分组信息 — calls TOP method `alibaba.campus.space.group.getlist`.
 *
 * 多条件查询空间分组信息
 * HSF接口名称：com.alibaba.campus.api.space.service.top.SpaceGroupApiTopService
 * HSF方法名称：getList
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaCampusSpaceGroupGetlist(
  client: TopClient,
  request: AlibabaCampusSpaceGroupGetlistRequest = {},
  options?: CallOptions,
): Promise<AlibabaCampusSpaceGroupGetlistResponse> {
  return client.call<AlibabaCampusSpaceGroupGetlistResponse>(
    {
      method: 'alibaba.campus.space.group.getlist',
      responseRoot: 'alibaba_campus_space_group_getlist_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
