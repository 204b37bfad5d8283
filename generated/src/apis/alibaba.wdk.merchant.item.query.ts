// Generated from specs/wdk/alibaba.wdk.merchant.item.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.wdk.merchant.item.query` (商家商品查询). */
export interface AlibabaWdkMerchantItemQueryRequest {
  /** 商品编码 */
  sku_code?: string;
  /** 商家编码 */
  merchant_code?: string;
}

/** Response of `alibaba.wdk.merchant.item.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaWdkMerchantItemQueryResponse {
  /** result */
  result?: AlibabaWdkMerchantItemQueryResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `alibaba.wdk.merchant.item.query`. */
export interface AlibabaWdkMerchantItemQueryResult {
  /** 是否成功 */
  suc?: boolean;
  /** errorCode */
  err_code?: string;
  /** errorDesc */
  err_desc?: string;
  /** result */
  result?: string;
}

const REQUEST_SCHEMA = {
  sku_code: 'String',
  merchant_code: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    suc: 'Boolean',
    err_code: 'String',
    err_desc: 'String',
    result: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.wdk.merchant.item.query`: method, response root, request and response schemas. */
export const alibabaWdkMerchantItemQueryOperation = {
  method: 'alibaba.wdk.merchant.item.query',
  responseRoot: 'alibaba_wdk_merchant_item_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 商家商品查询 — calls TOP method `alibaba.wdk.merchant.item.query`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaWdkMerchantItemQuery(
  client: TopClient,
  request: AlibabaWdkMerchantItemQueryRequest = {},
  options?: CallOptions,
): Promise<AlibabaWdkMerchantItemQueryResponse> {
  return client.call<AlibabaWdkMerchantItemQueryResponse>(
    {
      method: 'alibaba.wdk.merchant.item.query',
      responseRoot: 'alibaba_wdk_merchant_item_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
