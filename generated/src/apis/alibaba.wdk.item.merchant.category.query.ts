// Generated from specs/wdk/alibaba.wdk.item.merchant.category.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.wdk.item.merchant.category.query` (查询商品的商家叶子类目). */
export interface AlibabaWdkItemMerchantCategoryQueryRequest {
  /** 请求 */
  query_request?: AlibabaWdkItemMerchantCategoryQueryWdkOpenSkuMerchantCatServiceQueryRequestInput;
}

/** Response of `alibaba.wdk.item.merchant.category.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaWdkItemMerchantCategoryQueryResponse {
  /** 结果 */
  result?: AlibabaWdkItemMerchantCategoryQueryWdkOpenSkuMerchantCatServiceQueryResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `WdkOpenSkuMerchantCatServiceQueryRequest` of `alibaba.wdk.item.merchant.category.query`. */
export interface AlibabaWdkItemMerchantCategoryQueryWdkOpenSkuMerchantCatServiceQueryRequestInput {
  /** 商品skuCode */
  sku_code_list?: string[];
}

/** `WdkOpenSkuMerchantCatServiceQueryResult` of `alibaba.wdk.item.merchant.category.query`. */
export interface AlibabaWdkItemMerchantCategoryQueryWdkOpenSkuMerchantCatServiceQueryResult {
  /** 成功或失败 */
  success?: boolean;
  /** 结果描述 */
  return_msg?: string;
  /** 结果码 */
  return_code?: string;
  /** {"skuCode":"categoryCode"}，skuCode和商家叶子类目编码映射关系 */
  sku_code_category_code_map?: string;
}

const REQUEST_SCHEMA = {
  query_request: {
    sku_code_list: ['String'],
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    return_msg: 'String',
    return_code: 'String',
    sku_code_category_code_map: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.wdk.item.merchant.category.query`: method, response root, request and response schemas. */
export const alibabaWdkItemMerchantCategoryQueryOperation = {
  method: 'alibaba.wdk.item.merchant.category.query',
  responseRoot: 'alibaba_wdk_item_merchant_category_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询商品的商家叶子类目 — calls TOP method `alibaba.wdk.item.merchant.category.query`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaWdkItemMerchantCategoryQuery(
  client: TopClient,
  request: AlibabaWdkItemMerchantCategoryQueryRequest = {},
  options?: CallOptions,
): Promise<AlibabaWdkItemMerchantCategoryQueryResponse> {
  return client.call<AlibabaWdkItemMerchantCategoryQueryResponse>(
    {
      method: 'alibaba.wdk.item.merchant.category.query',
      responseRoot: 'alibaba_wdk_item_merchant_category_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
