// Generated from specs/cainiaolocker/cainiao.endpoint.locker.top.withhold.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `cainiao.endpoint.locker.top.withhold.query` (查询能否代扣). */
export interface CainiaoEndpointLockerTopWithholdQueryRequest {
  /** 柜子公司编码 */
  company_code: string;
  /** 柜子业务：0-取件业务，1-寄件业务，2-派样业务，3-小件员约柜（在约期内仅能使用一次）4-小件员租柜（在约期内可反复使用） */
  order_type: Int64Input;
  /** 开放用户Id */
  open_user_id: string;
}

/** Response of `cainiao.endpoint.locker.top.withhold.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface CainiaoEndpointLockerTopWithholdQueryResponse {
  /** response */
  result?: CainiaoEndpointLockerTopWithholdQuerySingleResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `SingleResult` of `cainiao.endpoint.locker.top.withhold.query`. */
export interface CainiaoEndpointLockerTopWithholdQuerySingleResult {
  /** success */
  success?: boolean;
  /** errorCode */
  error_code?: string;
  /** errorDesc */
  error_desc?: string;
}

const REQUEST_SCHEMA = {
  company_code: 'String',
  order_type: 'Number',
  open_user_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    error_code: 'String',
    error_desc: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `cainiao.endpoint.locker.top.withhold.query`: method, response root, request and response schemas. */
export const cainiaoEndpointLockerTopWithholdQueryOperation = {
  method: 'cainiao.endpoint.locker.top.withhold.query',
  responseRoot: 'cainiao_endpoint_locker_top_withhold_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询能否代扣 — calls TOP method `cainiao.endpoint.locker.top.withhold.query`.
 *
 * 查询是否有代扣欠款，是否签署代扣协议。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function cainiaoEndpointLockerTopWithholdQuery(
  client: TopClient,
  request: CainiaoEndpointLockerTopWithholdQueryRequest,
  options?: CallOptions,
): Promise<CainiaoEndpointLockerTopWithholdQueryResponse> {
  return client.call<CainiaoEndpointLockerTopWithholdQueryResponse>(
    {
      method: 'cainiao.endpoint.locker.top.withhold.query',
      responseRoot: 'cainiao_endpoint_locker_top_withhold_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
