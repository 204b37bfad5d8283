// Generated from specs/campus/alibaba.campus.space.unit.getlistbycampusandtype.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.campus.space.unit.getlistbycampusandtype` (根据园区id及TypeId获取空间单元). */
export interface AlibabaCampusSpaceUnitGetlistbycampusandtypeRequest {
  /** 系统自动生成 */
  param0?: AlibabaCampusSpaceUnitGetlistbycampusandtypeWorkBenchContextInput;
  /** 查询参数封装 */
  param1?: AlibabaCampusSpaceUnitGetlistbycampusandtypeSpaceUnitQueryInput;
}

/** Response of `alibaba.campus.space.unit.getlistbycampusandtype`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaCampusSpaceUnitGetlistbycampusandtypeResponse {
  /** result */
  result?: AlibabaCampusSpaceUnitGetlistbycampusandtypeListResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `WorkBenchContext` of `alibaba.campus.space.unit.getlistbycampusandtype`. */
export interface AlibabaCampusSpaceUnitGetlistbycampusandtypeWorkBenchContextInput {
  /** "" */
  campus_code?: string;
  /** "" */
  company_id?: Int64Input;
  /** 园区ID */
  campus_id: Int64Input;
}

/** `SpaceUnitQuery` of `alibaba.campus.space.unit.getlistbycampusandtype`. */
export interface AlibabaCampusSpaceUnitGetlistbycampusandtypeSpaceUnitQueryInput {
  /** 分页限制 */
  limit?: Int64Input;
  /** 当前页码 */
  current_page?: Int64Input;
  /** 类别ID */
  type_id?: Int64Input;
  /** 园区ID */
  campus_id: Int64Input;
}

/** `ListResult` of `alibaba.campus.space.unit.getlistbycampusandtype`. */
export interface AlibabaCampusSpaceUnitGetlistbycampusandtypeListResult {
  /** content */
  contents?: AlibabaCampusSpaceUnitGetlistbycampusandtypeApiReturnningWrap[];
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

/** `ApiReturnningWrap` of `alibaba.campus.space.unit.getlistbycampusandtype`. */
export interface AlibabaCampusSpaceUnitGetlistbycampusandtypeApiReturnningWrap {
  /** code */
  code?: string;
  /** name */
  name?: string;
  /** typeId */
  type_id?: Int64;
  /** id */
  id?: Int64;
  /** lastUpdateTime */
  last_update_time?: string;
  /** uuid */
  uuid?: string;
  /** version */
  version?: string;
  /** spaceType */
  space_type?: string;
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
  param1: {
    limit: 'Number',
    current_page: 'Number',
    type_id: 'Number',
    campus_id: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    contents: [
      {
        code: 'String',
        name: 'String',
        type_id: 'Number',
        id: 'Number',
        last_update_time: 'Date',
        uuid: 'String',
        version: 'String',
        space_type: 'String',
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

/** Static description of `alibaba.campus.space.unit.getlistbycampusandtype`: method, response root, request and response schemas. */
export const alibabaCampusSpaceUnitGetlistbycampusandtypeOperation = {
  method: 'alibaba.campus.space.unit.getlistbycampusandtype',
  responseRoot: 'alibaba_campus_space_unit_getlistbycampusandtype_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 根据园区id及TypeId获取空间单元 — calls TOP method `alibaba.campus.space.unit.getlistbycampusandtype`.
 *
 * 根据园区id及TypeId获取空间单元
 * HSF接口名称：com.alibaba.campus.api.space.service.top.SpaceUnitApiTopService
 * HSF方法名称：getListByCampusAndType
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaCampusSpaceUnitGetlistbycampusandtype(
  client: TopClient,
  request: AlibabaCampusSpaceUnitGetlistbycampusandtypeRequest = {},
  options?: CallOptions,
): Promise<AlibabaCampusSpaceUnitGetlistbycampusandtypeResponse> {
  return client.call<AlibabaCampusSpaceUnitGetlistbycampusandtypeResponse>(
    {
      method: 'alibaba.campus.space.unit.getlistbycampusandtype',
      responseRoot: 'alibaba_campus_space_unit_getlistbycampusandtype_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
