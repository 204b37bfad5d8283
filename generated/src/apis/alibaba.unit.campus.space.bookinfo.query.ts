// Generated from specs/campus/alibaba.unit.campus.space.bookinfo.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.unit.campus.space.bookinfo.query` (环路资源信息查询单元环境). */
export interface AlibabaUnitCampusSpaceBookinfoQueryRequest {
  /** work_bench_context */
  work_bench_context: AlibabaUnitCampusSpaceBookinfoQueryWorkBenchContextInput;
  /** get_resource_book_info_request */
  get_resource_book_info_request: AlibabaUnitCampusSpaceBookinfoQueryGetResourceBookInfoRequestInput;
}

/** Response of `alibaba.unit.campus.space.bookinfo.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaUnitCampusSpaceBookinfoQueryResponse {
  /** 标识本次调用是否执行成功 */
  success_status?: boolean;
  /** 本次调用返回errorCode，一般为错误代码 */
  error_code_status?: string;
  /** 扩展字段 */
  error_ext_info?: string;
  /** 具体返回内容 */
  content?: AlibabaUnitCampusSpaceBookinfoQueryPage;
  /** 本次调用返回的消息，一般为错误消息 */
  error_msg?: string;
  /** 错误level */
  error_level?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `WorkBenchContext` of `alibaba.unit.campus.space.bookinfo.query`. */
export interface AlibabaUnitCampusSpaceBookinfoQueryWorkBenchContextInput {
  /** 租户id */
  company_id: Int64Input;
}

/** `GetResourceBookInfoRequest` of `alibaba.unit.campus.space.bookinfo.query`. */
export interface AlibabaUnitCampusSpaceBookinfoQueryGetResourceBookInfoRequestInput {
  /** 申请结束时间 */
  apply_end_time: DateInput;
  /** 一页大小 */
  size: Int64Input;
  /** 园区id */
  campus_id: Int64Input;
  /** 页码 */
  page: Int64Input;
  /** 申请开始时间 */
  apply_start_time: DateInput;
  /** 资源类型 */
  resource_type_code: string;
}

/** `Page` of `alibaba.unit.campus.space.bookinfo.query`. */
export interface AlibabaUnitCampusSpaceBookinfoQueryPage {
  /** 结果 */
  result?: string[];
  /** 总数 */
  total?: Int64;
  /** 总页数 */
  total_page?: Int64;
  /** 每页大小 */
  limit?: Int64;
  /** 每页大小 */
  page_size?: Int64;
  /** 总条数 */
  total_count?: Int64;
  /** 当前页面 */
  current_page?: Int64;
  /** 返回内容 */
  items?: string;
}

const REQUEST_SCHEMA = {
  work_bench_context: {
    company_id: 'Number',
  },
  get_resource_book_info_request: {
    apply_end_time: 'Date',
    size: 'Number',
    campus_id: 'Number',
    page: 'Number',
    apply_start_time: 'Date',
    resource_type_code: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  success_status: 'Boolean',
  error_code_status: 'String',
  error_ext_info: 'String',
  content: {
    result: ['String'],
    total: 'Number',
    total_page: 'Number',
    limit: 'Number',
    page_size: 'Number',
    total_count: 'Number',
    current_page: 'Number',
    items: 'String',
  },
  error_msg: 'String',
  error_level: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.unit.campus.space.bookinfo.query`: method, response root, request and response schemas. */
export const alibabaUnitCampusSpaceBookinfoQueryOperation = {
  method: 'alibaba.unit.campus.space.bookinfo.query',
  responseRoot: 'alibaba_unit_campus_space_bookinfo_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 环路资源信息查询单元环境 — calls TOP method `alibaba.unit.campus.space.bookinfo.query`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaUnitCampusSpaceBookinfoQuery(
  client: TopClient,
  request: AlibabaUnitCampusSpaceBookinfoQueryRequest,
  options?: CallOptions,
): Promise<AlibabaUnitCampusSpaceBookinfoQueryResponse> {
  return client.call<AlibabaUnitCampusSpaceBookinfoQueryResponse>(
    {
      method: 'alibaba.unit.campus.space.bookinfo.query',
      responseRoot: 'alibaba_unit_campus_space_bookinfo_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
