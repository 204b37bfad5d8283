// Generated from specs/campus/alibaba.campus.space.group.getbyid.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.campus.space.group.getbyid` (根据分组ID查询相关的空间分组信息). */
export interface AlibabaCampusSpaceGroupGetbyidRequest {
  /** 用户环境 */
  param0: AlibabaCampusSpaceGroupGetbyidWorkBenchContextInput;
  /** 分组ID */
  param1: Int64Input;
}

/** Response of `alibaba.campus.space.group.getbyid`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaCampusSpaceGroupGetbyidResponse {
  /** result */
  result?: AlibabaCampusSpaceGroupGetbyidPojoResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `WorkBenchContext` of `alibaba.campus.space.group.getbyid`. */
export interface AlibabaCampusSpaceGroupGetbyidWorkBenchContextInput {
  /** "" */
  campus_code?: string;
  /** "" */
  company_id?: Int64Input;
  /** 园区ID */
  campus_id?: Int64Input;
}

/** `PojoResult` of `alibaba.campus.space.group.getbyid`. */
export interface AlibabaCampusSpaceGroupGetbyidPojoResult {
  /** content */
  content?: AlibabaCampusSpaceGroupGetbyidSpaceGroup;
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

/** `SpaceGroup` of `alibaba.campus.space.group.getbyid`. */
export interface AlibabaCampusSpaceGroupGetbyidSpaceGroup {
  /** campusId */
  campus_id?: Int64;
  /** campusName */
  campus_name?: string;
  /** typeId */
  type_id?: Int64;
  /** typeName */
  type_name?: string;
  /** typeCode */
  type_code?: string;
  /** bigTypeId */
  big_type_id?: Int64;
  /** bigTypeName */
  big_type_name?: string;
  /** buildingId */
  building_id?: Int64;
  /** buildingName */
  building_name?: string;
  /** description */
  description?: string;
  /** floorId */
  floor_id?: Int64;
  /** floorName */
  floor_name?: string;
  /** name */
  name?: string;
  /** modifier */
  modifier?: string;
  /** creator */
  creator?: string;
  /** gmtModified */
  gmt_modified?: string;
  /** gmtCreate */
  gmt_create?: string;
  /** id */
  id?: Int64;
  /** typeWrap */
  type_wrap?: AlibabaCampusSpaceGroupGetbyidPoiTypeWrap;
  /** isDelete */
  is_delete?: boolean;
  /** code */
  code?: string;
}

/** `PoiTypeWrap` of `alibaba.campus.space.group.getbyid`. */
export interface AlibabaCampusSpaceGroupGetbyidPoiTypeWrap {
  /** isDelete */
  is_delete?: boolean;
  /** description */
  description?: string;
  /** fullName */
  full_name?: string;
  /** 分类名称 */
  name?: string;
  /** 分类编码 */
  code?: string;
  /** 大类名称 */
  second_type_name?: string;
  /** 大类编码 */
  second_type_code?: string;
  /** 大类ID */
  second_type_id?: Int64;
  /** modifier */
  modifier?: string;
  /** creator */
  creator?: string;
  /** gmtModified */
  gmt_modified?: string;
  /** gmtCreate */
  gmt_create?: string;
  /** id */
  id?: Int64;
}

const REQUEST_SCHEMA = {
  param0: {
    campus_code: 'String',
    company_id: 'Number',
    campus_id: 'Number',
  },
  param1: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    content: {
      campus_id: 'Number',
      campus_name: 'String',
      type_id: 'Number',
      type_name: 'String',
      type_code: 'String',
      big_type_id: 'Number',
      big_type_name: 'String',
      building_id: 'Number',
      building_name: 'String',
      description: 'String',
      floor_id: 'Number',
      floor_name: 'String',
      name: 'String',
      modifier: 'String',
      creator: 'String',
      gmt_modified: 'Date',
      gmt_create: 'Date',
      id: 'Number',
      type_wrap: {
        is_delete: 'Boolean',
        description: 'String',
        full_name: 'String',
        name: 'String',
        code: 'String',
        second_type_name: 'String',
        second_type_code: 'String',
        second_type_id: 'Number',
        modifier: 'String',
        creator: 'String',
        gmt_modified: 'Date',
        gmt_create: 'Date',
        id: 'Number',
      },
      is_delete: 'Boolean',
      code: 'String',
    },
    request_id: 'String',
    error_code: 'String',
    error_msg: 'String',
    success: 'Boolean',
    error_level: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.campus.space.group.getbyid`: method, response root, request and response schemas. */
export const alibabaCampusSpaceGroupGetbyidOperation = {
  method: 'alibaba.campus.space.group.getbyid',
  responseRoot: 'alibaba_campus_space_group_getbyid_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 根据分组ID查询相关的空间分组信息 — calls TOP method `alibaba.campus.space.group.getbyid`.
 *
 * 根据分组ID查询相关的空间分组信息
 * HSF接口名称：com.alibaba.campus.api.space.service.top.SpaceGroupApiTopService
 * HSF方法名称：getById
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaCampusSpaceGroupGetbyid(
  client: TopClient,
  request: AlibabaCampusSpaceGroupGetbyidRequest,
  options?: CallOptions,
): Promise<AlibabaCampusSpaceGroupGetbyidResponse> {
  return client.call<AlibabaCampusSpaceGroupGetbyidResponse>(
    {
      method: 'alibaba.campus.space.group.getbyid',
      responseRoot: 'alibaba_campus_space_group_getbyid_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
