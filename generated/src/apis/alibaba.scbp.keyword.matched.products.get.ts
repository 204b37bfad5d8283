// Generated from specs/scbp/alibaba.scbp.keyword.matched.products.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.scbp.keyword.matched.products.get` (查询和词匹配的推广产品). */
export interface AlibabaScbpKeywordMatchedProductsGetRequest {
  /** 已购买的关键词 */
  ad_keyword: string;
}

/** Response of `alibaba.scbp.keyword.matched.products.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaScbpKeywordMatchedProductsGetResponse {
  /** 匹配的产品列表 */
  mached_product_list?: AlibabaScbpKeywordMatchedProductsGetTopMatchedProductDto[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TopMatchedProductDto` of `alibaba.scbp.keyword.matched.products.get`. */
export interface AlibabaScbpKeywordMatchedProductsGetTopMatchedProductDto {
  /** 是否强制绑定 */
  is_force_match?: string;
  /** 是否设置优先推广 */
  is_preferential?: string;
  /** 产品ID */
  product_id?: Int64;
  /** 推广评分星级取值[0-5] */
  qs_star?: Int64;
  /** 产品标题 */
  subject?: string;
  /** Y:产品推广中,N:产品未推广 */
  is_offer?: string;
}

const REQUEST_SCHEMA = {
  ad_keyword: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  mached_product_list: [
    {
      is_force_match: 'String',
      is_preferential: 'String',
      product_id: 'Number',
      qs_star: 'Number',
      subject: 'String',
      is_offer: 'String',
    },
  ],
} as const satisfies ObjectSchema;

/** Static description of `alibaba.scbp.keyword.matched.products.get`: method, response root, request and response schemas. */
export const alibabaScbpKeywordMatchedProductsGetOperation = {
  method: 'alibaba.scbp.keyword.matched.products.get',
  responseRoot: 'alibaba_scbp_keyword_matched_products_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询和词匹配的推广产品 — calls TOP method `alibaba.scbp.keyword.matched.products.get`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaScbpKeywordMatchedProductsGet(
  client: TopClient,
  request: AlibabaScbpKeywordMatchedProductsGetRequest,
  options?: CallOptions,
): Promise<AlibabaScbpKeywordMatchedProductsGetResponse> {
  return client.call<AlibabaScbpKeywordMatchedProductsGetResponse>(
    {
      method: 'alibaba.scbp.keyword.matched.products.get',
      responseRoot: 'alibaba_scbp_keyword_matched_products_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
