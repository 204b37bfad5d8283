// Generated from specs/idleisv/alibaba.idle.logistics.companies.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.idle.logistics.companies.query` (快递公司列表查询). */
export interface AlibabaIdleLogisticsCompaniesQueryRequest {}

/** Response of `alibaba.idle.logistics.companies.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaIdleLogisticsCompaniesQueryResponse {
  /** 快递公司列表返回参数 */
  logistics_resp_result?: AlibabaIdleLogisticsCompaniesQueryLogisticsRespResult;
  /** 错误码 */
  result_err_code?: string;
  /** 调用结果 */
  result_success?: boolean;
  /** 错误信息 */
  result_err_msg?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `LogisticsRespResult` of `alibaba.idle.logistics.companies.query`. */
export interface AlibabaIdleLogisticsCompaniesQueryLogisticsRespResult {
  /** 全部公司列表 */
  company_list?: AlibabaIdleLogisticsCompaniesQueryCompanyList[];
  /** 快递公司总数 */
  total?: Int64;
  /** 热门公司列表 */
  hot_company_list?: AlibabaIdleLogisticsCompaniesQueryHotCompanyList[];
}

/** `CompanyList` of `alibaba.idle.logistics.companies.query`. */
export interface AlibabaIdleLogisticsCompaniesQueryCompanyList {
  /** 快递公司代码 */
  code?: string;
  /** 快递公司名称 */
  name?: string;
  /** 快递公司id */
  id?: Int64;
}

/** `HotCompanyList` of `alibaba.idle.logistics.companies.query`. */
export interface AlibabaIdleLogisticsCompaniesQueryHotCompanyList {
  /** 快递公司代码 */
  code?: string;
  /** 快递公司名称 */
  name?: string;
  /** 快递公司id */
  id?: Int64;
}

const REQUEST_SCHEMA = {} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  logistics_resp_result: {
    company_list: [
      {
        code: 'String',
        name: 'String',
        id: 'Number',
      },
    ],
    total: 'Number',
    hot_company_list: [
      {
        code: 'String',
        name: 'String',
        id: 'Number',
      },
    ],
  },
  result_err_code: 'String',
  result_success: 'Boolean',
  result_err_msg: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.idle.logistics.companies.query`: method, response root, request and response schemas. */
export const alibabaIdleLogisticsCompaniesQueryOperation = {
  method: 'alibaba.idle.logistics.companies.query',
  responseRoot: 'alibaba_idle_logistics_companies_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 快递公司列表查询 — calls TOP method `alibaba.idle.logistics.companies.query`.
 *
 * 支持发货的快递公司列表查询
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaIdleLogisticsCompaniesQuery(
  client: TopClient,
  request: AlibabaIdleLogisticsCompaniesQueryRequest = {},
  options?: CallOptions,
): Promise<AlibabaIdleLogisticsCompaniesQueryResponse> {
  return client.call<AlibabaIdleLogisticsCompaniesQueryResponse>(
    {
      method: 'alibaba.idle.logistics.companies.query',
      responseRoot: 'alibaba_idle_logistics_companies_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
