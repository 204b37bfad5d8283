// Generated from specs/wdkitem/alibaba.wdk.item.brand.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.wdk.item.brand.query` (品牌信息查询). */
export interface AlibabaWdkItemBrandQueryRequest {
  /** 查询关键词，不填则查询全部 */
  keyword?: string;
  /** 起始位置 */
  offset?: Int64Input;
  /** 一页大小 */
  page_size?: Int64Input;
}

/** Response of `alibaba.wdk.item.brand.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaWdkItemBrandQueryResponse {
  /** result */
  result?: AlibabaWdkItemBrandQueryResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `alibaba.wdk.item.brand.query`. */
export interface AlibabaWdkItemBrandQueryResult {
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
  offset: 'Number',
  page_size: 'Number',
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

/** Static description of `alibaba.wdk.item.brand.query`: method, response root, request and response schemas. */
export const alibabaWdkItemBrandQueryOperation = {
  method: 'alibaba.wdk.item.brand.query',
  responseRoot: 'alibaba_wdk_item_brand_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 品牌信息查询 — calls TOP method `alibaba.wdk.item.brand.query`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaWdkItemBrandQuery(
  client: TopClient,
  request: AlibabaWdkItemBrandQueryRequest = {},
  options?: CallOptions,
): Promise<AlibabaWdkItemBrandQueryResponse> {
  return client.call<AlibabaWdkItemBrandQueryResponse>(
    {
      method: 'alibaba.wdk.item.brand.query',
      responseRoot: 'alibaba_wdk_item_brand_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
