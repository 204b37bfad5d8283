// Generated from specs/btrip/alitrip.btrip.employee.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.btrip.employee.query` (企业员工查询). */
export interface AlitripBtripEmployeeQueryRequest {
  /** 入参对象。 */
  param_open_employee_query_request?: AlitripBtripEmployeeQueryOpenEmployeeQueryRequestInput;
}

/** Response of `alitrip.btrip.employee.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripBtripEmployeeQueryResponse {
  /** 结果对象。 */
  result?: AlitripBtripEmployeeQueryBtmsResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `OpenEmployeeQueryRequest` of `alitrip.btrip.employee.query`. */
export interface AlitripBtripEmployeeQueryOpenEmployeeQueryRequestInput {
  /** 每页的最大数据记录数量；默认10，该值要求大于0且小于等于1000。 */
  page_size?: Int64Input;
  /** 游标分页的游标值，用来标记当前分页的开始位置，第一次请求不填表示从头开始遍历；分页查询还有更多数据项时会同时返回下一页起始游标值page_token，遍历下一页时用该page_token获取查询结果。 */
  page_token?: string;
  /** 第三方企业id。 */
  third_part_corp_id: string;
  /** 第三方员工工号。 */
  third_part_job_no?: string;
  /** 员工更新时间大于等于值，该值格式yyyy-MM-dd HH:mm:ss。 */
  modified_time_greater_or_equal_than?: string;
}

/** `BtmsResult` of `alitrip.btrip.employee.query`. */
export interface AlitripBtripEmployeeQueryBtmsResult {
  /** 分页结果对象。 */
  module?: AlitripBtripEmployeeQueryPagingResult;
  /** 结果码；0：成功，非0：失败。 */
  result_code?: Int64;
  /** 结果描述。 */
  result_msg?: string;
  /** 请求是否成功。 */
  success?: boolean;
}

/** `PagingResult` of `alitrip.btrip.employee.query`. */
export interface AlitripBtripEmployeeQueryPagingResult {
  /** 是否还有更多数据项。 */
  has_more?: boolean;
  /** 员工数组。 */
  items?: AlitripBtripEmployeeQueryOpenEmployeeInfo[];
  /** 游标分页下一页游标page_token值，当has_more为true时，会同时返回新的page_token，否则不返回page_token。 */
  page_token?: string;
  /** 本次请求条件下的数据项总量。 */
  total?: Int64;
}

/** `OpenEmployeeInfo` of `alitrip.btrip.employee.query`. */
export interface AlitripBtripEmployeeQueryOpenEmployeeInfo {
  /** 员工昵称。 */
  user_name?: string;
  /** 第三方员工ID。 */
  third_part_user_id?: string;
  /** 第三方员工工号。 */
  third_part_job_no?: string;
  /** 1:离职 0:在职 */
  leave_status?: Int64;
}

const REQUEST_SCHEMA = {
  param_open_employee_query_request: {
    page_size: 'Number',
    page_token: 'String',
    third_part_corp_id: 'String',
    third_part_job_no: 'String',
    modified_time_greater_or_equal_than: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    module: {
      has_more: 'Boolean',
      items: [
        {
          user_name: 'String',
          third_part_user_id: 'String',
          third_part_job_no: 'String',
          leave_status: 'Number',
        },
      ],
      page_token: 'String',
      total: 'Number',
    },
    result_code: 'Number',
    result_msg: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alitrip.btrip.employee.query`: method, response root, request and response schemas. */
export const alitripBtripEmployeeQueryOperation = {
  method: 'alitrip.btrip.employee.query',
  responseRoot: 'alitrip_btrip_employee_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 企业员工查询 — calls TOP method `alitrip.btrip.employee.query`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripBtripEmployeeQuery(
  client: TopClient,
  request: AlitripBtripEmployeeQueryRequest = {},
  options?: CallOptions,
): Promise<AlitripBtripEmployeeQueryResponse> {
  return client.call<AlitripBtripEmployeeQueryResponse>(
    {
      method: 'alitrip.btrip.employee.query',
      responseRoot: 'alitrip_btrip_employee_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
