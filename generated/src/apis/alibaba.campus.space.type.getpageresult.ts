// Generated from specs/campus/alibaba.campus.space.type.getpageresult.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.campus.space.type.getpageresult` (分页查询空间类别接口). */
export interface AlibabaCampusSpaceTypeGetpageresultRequest {
  /** 环境参数 */
  param0: AlibabaCampusSpaceTypeGetpageresultWorkBenchContextInput;
  /** 查询参数 */
  param1: AlibabaCampusSpaceTypeGetpageresultSpaceTypeQueryInput;
}

/** Response of `alibaba.campus.space.type.getpageresult`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaCampusSpaceTypeGetpageresultResponse {
  /** result */
  result?: AlibabaCampusSpaceTypeGetpageresultPageResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `WorkBenchContext` of `alibaba.campus.space.type.getpageresult`. */
export interface AlibabaCampusSpaceTypeGetpageresultWorkBenchContextInput {
  /** 公司id */
  company_id?: Int64Input;
  /** 园区id */
  campus_id: Int64Input;
}

/** `SpaceTypeQuery` of `alibaba.campus.space.type.getpageresult`. */
export interface AlibabaCampusSpaceTypeGetpageresultSpaceTypeQueryInput {
  /** 每页大小 */
  limit?: Int64Input;
  /** 大类id */
  top_level_id?: Int64Input;
  /** 中类id */
  pid?: Int64Input;
  /** 分组大类id */
  group_top_level_id?: Int64Input;
  /** 小类id */
  id?: Int64Input;
  /** 类别，室内，室外，逻辑 */
  category?: Int64Input;
  /** 起始行 */
  start_row?: Int64Input;
  /** 空间大类id */
  space_top_level_id?: Int64Input;
  /** 当前页码 */
  current_page?: Int64Input;
  /** 模糊查询key */
  key?: string;
}

/** `PageResult` of `alibaba.campus.space.type.getpageresult`. */
export interface AlibabaCampusSpaceTypeGetpageresultPageResult {
  /** content */
  content?: AlibabaCampusSpaceTypeGetpageresultPage;
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

/** `Page` of `alibaba.campus.space.type.getpageresult`. */
export interface AlibabaCampusSpaceTypeGetpageresultPage {
  /** total */
  total?: Int64;
  /** limit */
  limit?: Int64;
  /** result */
  results?: AlibabaCampusSpaceTypeGetpageresultPoiTypeWrap[];
  /** 总数 */
  total_count?: Int64;
  /** 每页大小 */
  page_size?: Int64;
  /** 当前页 */
  current_page?: Int64;
  /** 总页数 */
  total_page?: Int64;
}

/** `PoiTypeWrap` of `alibaba.campus.space.type.getpageresult`. */
export interface AlibabaCampusSpaceTypeGetpageresultPoiTypeWrap {
  /** 类别的实际名称,空间或分组 */
  classify?: string;
  /** 是否删除 */
  is_delete?: boolean;
  /** 描述 */
  description?: string;
  /** 全名 */
  full_name?: string;
  /** 小类名称 */
  name?: string;
  /** 小类编码 */
  code?: string;
  /** 中类名称 */
  second_type_name?: string;
  /** 中类编码 */
  second_type_code?: string;
  /** 中类id */
  second_type_id?: Int64;
  /** id */
  id?: Int64;
}

const REQUEST_SCHEMA = {
  param0: {
    company_id: 'Number',
    campus_id: 'Number',
  },
  param1: {
    limit: 'Number',
    top_level_id: 'Number',
    pid: 'Number',
    group_top_level_id: 'Number',
    id: 'Number',
    category: 'Number',
    start_row: 'Number',
    space_top_level_id: 'Number',
    current_page: 'Number',
    key: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    content: {
      total: 'Number',
      limit: 'Number',
      results: [
        {
          classify: 'String',
          is_delete: 'Boolean',
          description: 'String',
          full_name: 'String',
          name: 'String',
          code: 'String',
          second_type_name: 'String',
          second_type_code: 'String',
          second_type_id: 'Number',
          id: 'Number',
        },
      ],
      total_count: 'Number',
      page_size: 'Number',
      current_page: 'Number',
      total_page: 'Number',
    },
    request_id: 'String',
    error_code: 'String',
    error_msg: 'String',
    success: 'Boolean',
    error_level: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.campus.space.type.getpageresult`: method, response root, request and response schemas. */
export const alibabaCampusSpaceTypeGetpageresultOperation = {
  method: 'alibaba.campus.space.type.getpageresult',
  responseRoot: 'alibaba_campus_space_type_getpageresult_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 分页查询空间类别接口 — calls TOP method `alibaba.campus.space.type.getpageresult`.
 *
 * 分页查询空间类别接口
 * HSF接口名称：com.alibaba.campus.space.api.top.SpaceTypeApiTopService
 * HSF方法名称：getPageResult
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaCampusSpaceTypeGetpageresult(
  client: TopClient,
  request: AlibabaCampusSpaceTypeGetpageresultRequest,
  options?: CallOptions,
): Promise<AlibabaCampusSpaceTypeGetpageresultResponse> {
  return client.call<AlibabaCampusSpaceTypeGetpageresultResponse>(
    {
      method: 'alibaba.campus.space.type.getpageresult',
      responseRoot: 'alibaba_campus_space_type_getpageresult_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
