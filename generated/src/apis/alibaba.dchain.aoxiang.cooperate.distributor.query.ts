// Generated from specs/ascp/alibaba.dchain.aoxiang.cooperate.distributor.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.dchain.aoxiang.cooperate.distributor.query` (商家关系查询分销商). */
export interface AlibabaDchainAoxiangCooperateDistributorQueryRequest {
  /** 请求入参 */
  query_distributor_request: AlibabaDchainAoxiangCooperateDistributorQueryQueryDistributorRequestInput;
}

/** Response of `alibaba.dchain.aoxiang.cooperate.distributor.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaDchainAoxiangCooperateDistributorQueryResponse {
  /** 请求结果 */
  result?: AlibabaDchainAoxiangCooperateDistributorQueryTopResponse;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `QueryDistributorRequest` of `alibaba.dchain.aoxiang.cooperate.distributor.query`. */
export interface AlibabaDchainAoxiangCooperateDistributorQueryQueryDistributorRequestInput {
  /** 业务请求时间。时间戳。 毫秒 */
  request_time: Int64Input;
  /** 业务请求ID，用于幂等 */
  request_id: string;
  /** 当前页 */
  current_page: Int64Input;
  /** 一页多少条 */
  page_size: Int64Input;
}

/** `TopResponse` of `alibaba.dchain.aoxiang.cooperate.distributor.query`. */
export interface AlibabaDchainAoxiangCooperateDistributorQueryTopResponse {
  /** 操作码 */
  trace_id?: string;
  /** 错误码 */
  code?: string;
  /** 请求结果 */
  data?: AlibabaDchainAoxiangCooperateDistributorQueryQueryDistributorResponse;
  /** 请求是否成功 */
  success?: boolean;
  /** 错误信息 */
  message?: string;
}

/** `QueryDistributorResponse` of `alibaba.dchain.aoxiang.cooperate.distributor.query`. */
export interface AlibabaDchainAoxiangCooperateDistributorQueryQueryDistributorResponse {
  /** 当前页 */
  current_page?: Int64;
  /** 每页条数 */
  page_size?: Int64;
  /** 分销商列表 */
  merchant_list?: AlibabaDchainAoxiangCooperateDistributorQueryInteger[];
  /** 总页数 */
  total_page?: Int64;
}

/** `Integer` of `alibaba.dchain.aoxiang.cooperate.distributor.query`. */
export interface AlibabaDchainAoxiangCooperateDistributorQueryInteger {
  /** 分销商用户id */
  owner_id?: Int64;
  /** 分销商公司/用户名 */
  company_name?: string;
}

const REQUEST_SCHEMA = {
  query_distributor_request: {
    request_time: 'Number',
    request_id: 'String',
    current_page: 'Number',
    page_size: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    trace_id: 'String',
    code: 'String',
    data: {
      current_page: 'Number',
      page_size: 'Number',
      merchant_list: [
        {
          owner_id: 'Number',
          company_name: 'String',
        },
      ],
      total_page: 'Number',
    },
    success: 'Boolean',
    message: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.dchain.aoxiang.cooperate.distributor.query`: method, response root, request and response schemas. */
export const alibabaDchainAoxiangCooperateDistributorQueryOperation = {
  method: 'alibaba.dchain.aoxiang.cooperate.distributor.query',
  responseRoot: 'alibaba_dchain_aoxiang_cooperate_distributor_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 商家关系查询分销商 — calls TOP method `alibaba.dchain.aoxiang.cooperate.distributor.query`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaDchainAoxiangCooperateDistributorQuery(
  client: TopClient,
  request: AlibabaDchainAoxiangCooperateDistributorQueryRequest,
  options?: CallOptions,
): Promise<AlibabaDchainAoxiangCooperateDistributorQueryResponse> {
  return client.call<AlibabaDchainAoxiangCooperateDistributorQueryResponse>(
    {
      method: 'alibaba.dchain.aoxiang.cooperate.distributor.query',
      responseRoot: 'alibaba_dchain_aoxiang_cooperate_distributor_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
