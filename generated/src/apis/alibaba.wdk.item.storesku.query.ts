// Generated from specs/wdkitem/alibaba.wdk.item.storesku.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.wdk.item.storesku.query` (门店商品信息查询). */
export interface AlibabaWdkItemStoreskuQueryRequest {
  /** 商品编码 */
  sku_code: string;
  /** 门店ID */
  store_id: string;
}

/** Response of `alibaba.wdk.item.storesku.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaWdkItemStoreskuQueryResponse {
  /** result */
  result?: AlibabaWdkItemStoreskuQueryResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `alibaba.wdk.item.storesku.query`. */
export interface AlibabaWdkItemStoreskuQueryResult {
  /** success */
  success?: boolean;
  /** errorCode */
  error_code?: string;
  /** errorDesc */
  error_desc?: string;
  /** code */
  code?: string;
  /** result */
  result?: string;
}

const REQUEST_SCHEMA = {
  sku_code: 'String',
  store_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    error_code: 'String',
    error_desc: 'String',
    code: 'String',
    result: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.wdk.item.storesku.query`: method, response root, request and response schemas. */
export const alibabaWdkItemStoreskuQueryOperation = {
  method: 'alibaba.wdk.item.storesku.query',
  responseRoot: 'alibaba_wdk_item_storesku_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 门店商品信息查询 — calls TOP method `alibaba.wdk.item.storesku.query`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaWdkItemStoreskuQuery(
  client: TopClient,
  request: AlibabaWdkItemStoreskuQueryRequest,
  options?: CallOptions,
): Promise<AlibabaWdkItemStoreskuQueryResponse> {
  return client.call<AlibabaWdkItemStoreskuQueryResponse>(
    {
      method: 'alibaba.wdk.item.storesku.query',
      responseRoot: 'alibaba_wdk_item_storesku_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
