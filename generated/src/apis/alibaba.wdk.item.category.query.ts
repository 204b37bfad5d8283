// Generated from specs/wdkitem/alibaba.wdk.item.category.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.wdk.item.category.query` (类目查询接口). */
export interface AlibabaWdkItemCategoryQueryRequest {
  /** 查询关键词，不填查全部 */
  keyword?: string;
  /** 从哪个类目开始查，不填从根类目开始查 */
  root_category_code?: string;
}

/** Response of `alibaba.wdk.item.category.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaWdkItemCategoryQueryResponse {
  /** result */
  result?: AlibabaWdkItemCategoryQueryResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `alibaba.wdk.item.category.query`. */
export interface AlibabaWdkItemCategoryQueryResult {
  /** success */
  success?: boolean;
  /** code */
  code?: string;
  /** errorCode */
  error_code?: string;
  /** errorDesc */
  error_desc?: string;
  /** result */
  result?: string;
}

const REQUEST_SCHEMA = {
  keyword: 'String',
  root_category_code: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    code: 'String',
    error_code: 'String',
    error_desc: 'String',
    result: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.wdk.item.category.query`: method, response root, request and response schemas. */
export const alibabaWdkItemCategoryQueryOperation = {
  method: 'alibaba.wdk.item.category.query',
  responseRoot: 'alibaba_wdk_item_category_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 类目查询接口 — calls TOP method `alibaba.wdk.item.category.query`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaWdkItemCategoryQuery(
  client: TopClient,
  request: AlibabaWdkItemCategoryQueryRequest = {},
  options?: CallOptions,
): Promise<AlibabaWdkItemCategoryQueryResponse> {
  return client.call<AlibabaWdkItemCategoryQueryResponse>(
    {
      method: 'alibaba.wdk.item.category.query',
      responseRoot: 'alibaba_wdk_item_category_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
