// Generated from specs/wdkitem/alibaba.wdk.item.merchantsku.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.wdk.item.merchantsku.query` (商家商品信息查询). */
export interface AlibabaWdkItemMerchantskuQueryRequest {
  /** 商品编码 */
  sku_code: string;
  /** 机构编码 */
  org_code: string;
}

/** Response of `alibaba.wdk.item.merchantsku.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaWdkItemMerchantskuQueryResponse {
  /** result */
  result?: AlibabaWdkItemMerchantskuQueryResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `alibaba.wdk.item.merchantsku.query`. */
export interface AlibabaWdkItemMerchantskuQueryResult {
  /** success */
  success?: boolean;
  /** errorCode */
  error_code?: string;
  /** errorDesc */
  error_desc?: string;
  /** result */
  result?: string;
  /** code */
  code?: string;
}

const REQUEST_SCHEMA = {
  sku_code: 'String',
  org_code: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    error_code: 'String',
    error_desc: 'String',
    result: 'String',
    code: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.wdk.item.merchantsku.query`: method, response root, request and response schemas. */
export const alibabaWdkItemMerchantskuQueryOperation = {
  method: 'alibaba.wdk.item.merchantsku.query',
  responseRoot: 'alibaba_wdk_item_merchantsku_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 商家商品信息查询 — calls TOP method `alibaba.wdk.item.merchantsku.query`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaWdkItemMerchantskuQuery(
  client: TopClient,
  request: AlibabaWdkItemMerchantskuQueryRequest,
  options?: CallOptions,
): Promise<AlibabaWdkItemMerchantskuQueryResponse> {
  return client.call<AlibabaWdkItemMerchantskuQueryResponse>(
    {
      method: 'alibaba.wdk.item.merchantsku.query',
      responseRoot: 'alibaba_wdk_item_merchantsku_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
