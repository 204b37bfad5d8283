// Generated from specs/campus/alibaba.campus.space.group.getlistbycampusandtype.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.campus.space.group.getlistbycampusandtype` (根据园区id及TypeId获取空间分组). */
export interface AlibabaCampusSpaceGroupGetlistbycampusandtypeRequest {
  /** 系统自动生成 */
  param0: AlibabaCampusSpaceGroupGetlistbycampusandtypeWorkBenchContextInput;
  /** 查询参数封装 */
  param1: AlibabaCampusSpaceGroupGetlistbycampusandtypeSpaceGroupQueryInput;
}

/** Response of `alibaba.campus.space.group.getlistbycampusandtype`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaCampusSpaceGroupGetlistbycampusandtypeResponse {
  /** result */
  result?: AlibabaCampusSpaceGroupGetlistbycampusandtypeListResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `WorkBenchContext` of `alibaba.campus.space.group.getlistbycampusandtype`. */
export interface AlibabaCampusSpaceGroupGetlistbycampusandtypeWorkBenchContextInput {
  /** "" */
  campus_code?: string;
  /** "" */
  company_id?: Int64Input;
  /** 园区ID */
  campus_id: Int64Input;
}

/** `SpaceGroupQuery` of `alibaba.campus.space.group.getlistbycampusandtype`. */
export interface AlibabaCampusSpaceGroupGetlistbycampusandtypeSpaceGroupQueryInput {
  /** 分页限制 */
  limit?: Int64Input;
  /** 当前页码 */
  current_page?: Int64Input;
  /** 类别ID */
  type_id?: Int64Input;
  /** 园区ID */
  campus_id?: Int64Input;
  /** 类型编码 */
  type_code?: string;
}

/** `ListResult` of `alibaba.campus.space.group.getlistbycampusandtype`. */
export interface AlibabaCampusSpaceGroupGetlistbycampusandtypeListResult {
  /** content */
  contents?: AlibabaCampusSpaceGroupGetlistbycampusandtypeApiReturnningWrap[];
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

/** `ApiReturnningWrap` of `alibaba.campus.space.group.getlistbycampusandtype`. */
export interface AlibabaCampusSpaceGroupGetlistbycampusandtypeApiReturnningWrap {
  /** version */
  version?: string;
  /** uuid */
  uuid?: string;
  /** lastUpdateTime */
  last_update_time?: string;
  /** typeId */
  type_id?: Int64;
  /** id */
  id?: Int64;
  /** name */
  name?: string;
  /** code */
  code?: string;
  /** spaceType */
  space_type?: string;
  /** typeName */
  type_name?: string;
  /** typeCode */
  type_code?: string;
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
    type_code: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    contents: [
      {
        version: 'String',
        uuid: 'String',
        last_update_time: 'Date',
        type_id: 'Number',
        id: 'Number',
        name: 'String',
        code: 'String',
        space_type: 'String',
        type_name: 'String',
        type_code: 'String',
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

/** Static description of `alibaba.campus.space.group.getlistbycampusandtype`: method, response root, request and response schemas. */
export const alibabaCampusSpaceGroupGetlistbycampusandtypeOperation = {
  method: 'alibaba.campus.space.group.getlistbycampusandtype',
  responseRoot: 'alibaba_campus_space_group_getlistbycampusandtype_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 根据园区id及TypeId获取空间分组 — calls TOP method `alibaba.campus.space.group.getlistbycampusandtype`.
 *
 * 根据园区id及TypeId获取空间分组
 * HSF接口名称：com.alibaba.campus.api.space.service.top.SpaceGroupApiTopService
 * HSF方法名称：getListByCampusAndType
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaCampusSpaceGroupGetlistbycampusandtype(
  client: TopClient,
  request: AlibabaCampusSpaceGroupGetlistbycampusandtypeRequest,
  options?: CallOptions,
): Promise<AlibabaCampusSpaceGroupGetlistbycampusandtypeResponse> {
  return client.call<AlibabaCampusSpaceGroupGetlistbycampusandtypeResponse>(
    {
      method: 'alibaba.campus.space.group.getlistbycampusandtype',
      responseRoot: 'alibaba_campus_space_group_getlistbycampusandtype_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
