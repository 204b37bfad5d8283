// Generated from specs/wdk/alibaba.wdk.merchant.category.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.wdk.merchant.category.query` (三江erp对接类目查询接口). */
export interface AlibabaWdkMerchantCategoryQueryRequest {
  /** 搜索关键词，可不填就查全部 */
  keyword?: string;
  /** 类目起点，可不填从根目录开始查 */
  root_category_code?: string;
}

/** Response of `alibaba.wdk.merchant.category.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaWdkMerchantCategoryQueryResponse {
  /** success */
  suc?: boolean;
  /** errorCode */
  errorcode?: string;
  /** errorDesc */
  errordesc?: string;
  /** result */
  result?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  keyword: 'String',
  root_category_code: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  suc: 'Boolean',
  errorcode: 'String',
  errordesc: 'String',
  result: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.wdk.merchant.category.query`: method, response root, request and response schemas. */
export const alibabaWdkMerchantCategoryQueryOperation = {
  method: 'alibaba.wdk.merchant.category.query',
  responseRoot: 'alibaba_wdk_merchant_category_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 三江erp对接类目查询接口 — calls TOP method `alibaba.wdk.merchant.category.query`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaWdkMerchantCategoryQuery(
  client: TopClient,
  request: AlibabaWdkMerchantCategoryQueryRequest = {},
  options?: CallOptions,
): Promise<AlibabaWdkMerchantCategoryQueryResponse> {
  return client.call<AlibabaWdkMerchantCategoryQueryResponse>(
    {
      method: 'alibaba.wdk.merchant.category.query',
      responseRoot: 'alibaba_wdk_merchant_category_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
