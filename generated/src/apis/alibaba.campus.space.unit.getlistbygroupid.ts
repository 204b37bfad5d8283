// Generated from specs/campus/alibaba.campus.space.unit.getlistbygroupid.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.campus.space.unit.getlistbygroupid` (根据分组ID查询相应的空间单元). */
export interface AlibabaCampusSpaceUnitGetlistbygroupidRequest {
  /** 分组ID */
  param0: AlibabaCampusSpaceUnitGetlistbygroupidWorkBenchContextInput;
  /** 分组ID */
  param1: Int64Input;
}

/** Response of `alibaba.campus.space.unit.getlistbygroupid`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaCampusSpaceUnitGetlistbygroupidResponse {
  /** result */
  result?: AlibabaCampusSpaceUnitGetlistbygroupidListResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `WorkBenchContext` of `alibaba.campus.space.unit.getlistbygroupid`. */
export interface AlibabaCampusSpaceUnitGetlistbygroupidWorkBenchContextInput {
  /** "" */
  campus_code?: string;
  /** "" */
  company_id?: Int64Input;
  /** 园区ID */
  campus_id: Int64Input;
}

/** `ListResult` of `alibaba.campus.space.unit.getlistbygroupid`. */
export interface AlibabaCampusSpaceUnitGetlistbygroupidListResult {
  /** content */
  contents?: AlibabaCampusSpaceUnitGetlistbygroupidPoiInfo[];
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

/** `PoiInfo` of `alibaba.campus.space.unit.getlistbygroupid`. */
export interface AlibabaCampusSpaceUnitGetlistbygroupidPoiInfo {
  /** code */
  code?: string;
  /** 空间种类，1室内，2室外，3 逻辑 */
  category?: Int64;
  /** area */
  area?: string;
  /** isDelete */
  is_delete?: boolean;
  /** status */
  status?: Int64;
  /** companyId */
  company_id?: string;
  /** floorName */
  floor_name?: string;
  /** floorId */
  floor_id?: Int64;
  /** buildingName */
  building_name?: string;
  /** buildingId */
  building_id?: Int64;
  /** campusName */
  campus_name?: string;
  /** campusCode */
  campus_code?: string;
  /** campusId */
  campus_id?: Int64;
  /** typeName */
  type_name?: string;
  /** typeCode */
  type_code?: string;
  /** typeId */
  type_id?: Int64;
  /** groupId */
  group_id?: Int64;
  /** height */
  height?: string;
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
  /** name */
  name?: string;
  /** 地图图元id */
  ft_id?: string;
  /** 地图楼层id */
  geo_floor_id?: Int64;
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
    contents: [
      {
        code: 'String',
        category: 'Number',
        area: 'Price',
        is_delete: 'Boolean',
        status: 'Number',
        company_id: 'String',
        floor_name: 'String',
        floor_id: 'Number',
        building_name: 'String',
        building_id: 'Number',
        campus_name: 'String',
        campus_code: 'String',
        campus_id: 'Number',
        type_name: 'String',
        type_code: 'String',
        type_id: 'Number',
        group_id: 'Number',
        height: 'Price',
        modifier: 'String',
        creator: 'String',
        gmt_modified: 'Date',
        gmt_create: 'Date',
        id: 'Number',
        name: 'String',
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

/** Static description of `alibaba.campus.space.unit.getlistbygroupid`: method, response root, request and response schemas. */
export const alibabaCampusSpaceUnitGetlistbygroupidOperation = {
  method: 'alibaba.campus.space.unit.getlistbygroupid',
  responseRoot: 'alibaba_campus_space_unit_getlistbygroupid_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 根据分组ID查询相应的空间单元 — calls TOP method `alibaba.campus.space.unit.getlistbygroupid`.
 *
 * 根据分组ID查询相应的空间单元
 * HSF接口名称：com.alibaba.campus.api.space.service.top.SpaceUnitApiTopService
 * HSF方法名称：getListByGroupId
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaCampusSpaceUnitGetlistbygroupid(
  client: TopClient,
  request: AlibabaCampusSpaceUnitGetlistbygroupidRequest,
  options?: CallOptions,
): Promise<AlibabaCampusSpaceUnitGetlistbygroupidResponse> {
  return client.call<AlibabaCampusSpaceUnitGetlistbygroupidResponse>(
    {
      method: 'alibaba.campus.space.unit.getlistbygroupid',
      responseRoot: 'alibaba_campus_space_unit_getlistbygroupid_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
