// Generated from specs/tmallcampus/tmall.campus.authstatus.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.campus.authstatus.query` (学生认证状态查询). */
export interface TmallCampusAuthstatusQueryRequest {}

/** Response of `tmall.campus.authstatus.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallCampusAuthstatusQueryResponse {
  /** 结果 */
  result?: TmallCampusAuthstatusQueryResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `tmall.campus.authstatus.query`. */
export interface TmallCampusAuthstatusQueryResult {
  /** 错误信息 */
  msg?: string;
  /** 错误编码 */
  code?: string;
  /** 业务数据-学生认证状态 */
  data?: TmallCampusAuthstatusQueryStudentDTO;
  /** 结果总数（用于分页） */
  total_num?: string;
  /** 是否成功 */
  success?: string;
  /** 页码（用于分页） */
  page_num?: string;
}

/** `StudentDTO` of `tmall.campus.authstatus.query`. */
export interface TmallCampusAuthstatusQueryStudentDTO {
  /** 认证状态(0:从未参与过认证的| 1: 算法预判通过 | 2:算法预判失败 | 3:人工审核中 | 4:人工审核通过 | 5:人工审核失败) */
  status?: Int64;
  /** 学校名称 */
  campus?: string;
}

const REQUEST_SCHEMA = {} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    msg: 'String',
    code: 'String',
    data: {
      status: 'Number',
      campus: 'String',
    },
    total_num: 'String',
    success: 'String',
    page_num: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `tmall.campus.authstatus.query`: method, response root, request and response schemas. */
export const tmallCampusAuthstatusQueryOperation = {
  method: 'tmall.campus.authstatus.query',
  responseRoot: 'tmall_campus_authstatus_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 学生认证状态查询 — calls TOP method `tmall.campus.authstatus.query`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallCampusAuthstatusQuery(
  client: TopClient,
  request: TmallCampusAuthstatusQueryRequest = {},
  options?: CallOptions,
): Promise<TmallCampusAuthstatusQueryResponse> {
  return client.call<TmallCampusAuthstatusQueryResponse>(
    {
      method: 'tmall.campus.authstatus.query',
      responseRoot: 'tmall_campus_authstatus_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
