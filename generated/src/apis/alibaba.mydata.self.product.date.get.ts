// Generated from specs/mydata/alibaba.mydata.self.product.date.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.mydata.self.product.date.get` (获取客户产品相关表现数据的可用时间范围). */
export interface AlibabaMydataSelfProductDateGetRequest {
  /** 统计周期类型，可以为"day"，"week"，"month" */
  statistics_type?: string;
}

/** Response of `alibaba.mydata.self.product.date.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaMydataSelfProductDateGetResponse {
  /** endDate */
  end_date?: string;
  /** startDate */
  start_date?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  statistics_type: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  end_date: 'String',
  start_date: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.mydata.self.product.date.get`: method, response root, request and response schemas. */
export const alibabaMydataSelfProductDateGetOperation = {
  method: 'alibaba.mydata.self.product.date.get',
  responseRoot: 'alibaba_mydata_self_product_date_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取客户产品相关表现数据的可用时间范围 — calls TOP method `alibaba.mydata.self.product.date.get`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaMydataSelfProductDateGet(
  client: TopClient,
  request: AlibabaMydataSelfProductDateGetRequest = {},
  options?: CallOptions,
): Promise<AlibabaMydataSelfProductDateGetResponse> {
  return client.call<AlibabaMydataSelfProductDateGetResponse>(
    {
      method: 'alibaba.mydata.self.product.date.get',
      responseRoot: 'alibaba_mydata_self_product_date_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
