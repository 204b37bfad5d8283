// Generated from specs/tvupadmin/yunos.tvpubadmin.data.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `yunos.tvpubadmin.data.query` (魔盒统计数据查询接口). */
export interface YunosTvpubadminDataQueryRequest {
  /** 表名 */
  table_name: string;
  /** 列名 */
  columns?: string;
  /** UUID */
  uuid: string;
  /** 数据类型 */
  data_type_id: Int64Input;
  /** 日期 */
  date: string;
  /** 页码 */
  page_no: Int64Input;
  /** 每页个数 */
  page_size: Int64Input;
}

/** Response of `yunos.tvpubadmin.data.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface YunosTvpubadminDataQueryResponse {
  /** result */
  result?: YunosTvpubadminDataQueryDfPageResultDto;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `DfPageResultDto` of `yunos.tvpubadmin.data.query`. */
export interface YunosTvpubadminDataQueryDfPageResultDto {
  /** code */
  code?: Int64;
  /** codeName */
  code_name?: string;
  /** detailMessage */
  detail_message?: string;
  /** message */
  message?: string;
  /** msgCode */
  msg_code?: string;
  /** msgInfo */
  msg_info?: string;
  /** pageNo */
  page_no?: Int64;
  /** pageSize */
  page_size?: Int64;
  /** resultCode */
  result_code?: string;
  /** success */
  success?: boolean;
  /** totalCount */
  total_count?: Int64;
  /** totalPage */
  total_page?: Int64;
  /** value */
  values?: string[];
}

const REQUEST_SCHEMA = {
  table_name: 'String',
  columns: 'String',
  uuid: 'String',
  data_type_id: 'Number',
  date: 'String',
  page_no: 'Number',
  page_size: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    code: 'Number',
    code_name: 'String',
    detail_message: 'String',
    message: 'String',
    msg_code: 'String',
    msg_info: 'String',
    page_no: 'Number',
    page_size: 'Number',
    result_code: 'String',
    success: 'Boolean',
    total_count: 'Number',
    total_page: 'Number',
    values: ['String'],
  },
} as const satisfies ObjectSchema;

/** Static description of `yunos.tvpubadmin.data.query`: method, response root, request and response schemas. */
export const yunosTvpubadminDataQueryOperation = {
  method: 'yunos.tvpubadmin.data.query',
  responseRoot: 'yunos_tvpubadmin_data_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 魔盒统计数据查询接口 — calls TOP method `yunos.tvpubadmin.data.query`.
 *
 * 用于华数查询魔盒上的一些用户统计数据
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function yunosTvpubadminDataQuery(
  client: TopClient,
  request: YunosTvpubadminDataQueryRequest,
  options?: CallOptions,
): Promise<YunosTvpubadminDataQueryResponse> {
  return client.call<YunosTvpubadminDataQueryResponse>(
    {
      method: 'yunos.tvpubadmin.data.query',
      responseRoot: 'yunos_tvpubadmin_data_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
