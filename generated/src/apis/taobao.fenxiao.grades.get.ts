// Generated from specs/fenxiao/taobao.fenxiao.grades.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.fenxiao.grades.get` (分销商等级查询). */
export interface TaobaoFenxiaoGradesGetRequest {}

/** Response of `taobao.fenxiao.grades.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoFenxiaoGradesGetResponse {
  /** 分销商等级信息 */
  fenxiao_grades?: TaobaoFenxiaoGradesGetFenxiaoGrade[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `FenxiaoGrade` of `taobao.fenxiao.grades.get`. */
export interface TaobaoFenxiaoGradesGetFenxiaoGrade {
  /** 主键 */
  grade_id?: Int64;
  /** 分销商等级名称 */
  name?: string;
  /** 记录创建时间 */
  created?: string;
  /** 记录最后修改时间 */
  modified?: string;
}

const REQUEST_SCHEMA = {} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  fenxiao_grades: [
    {
      grade_id: 'Number',
      name: 'String',
      created: 'Date',
      modified: 'Date',
    },
  ],
} as const satisfies ObjectSchema;

/** Static description of `taobao.fenxiao.grades.get`: method, response root, request and response schemas. */
export const taobaoFenxiaoGradesGetOperation = {
  method: 'taobao.fenxiao.grades.get',
  responseRoot: 'fenxiao_grades_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 分销商等级查询 — calls TOP method `taobao.fenxiao.grades.get`.
 *
 * 根据供应商ID，查询他的分销商等级信息
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoFenxiaoGradesGet(
  client: TopClient,
  request: TaobaoFenxiaoGradesGetRequest = {},
  options?: CallOptions,
): Promise<TaobaoFenxiaoGradesGetResponse> {
  return client.call<TaobaoFenxiaoGradesGetResponse>(
    {
      method: 'taobao.fenxiao.grades.get',
      responseRoot: 'fenxiao_grades_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
