// Generated from specs/scbp/alibaba.scbp.ad.keyword.list.relevant.products.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.scbp.ad.keyword.list.relevant.products` (查询和词匹配的推广产品). */
export interface AlibabaScbpAdKeywordListRelevantProductsRequest {
  /** 用户信息 */
  top_context: AlibabaScbpAdKeywordListRelevantProductsTopContextDtoInput;
  /** 计划id */
  campaign_id: Int64Input;
  /** 关键词 */
  keyword: string;
}

/** Response of `alibaba.scbp.ad.keyword.list.relevant.products`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaScbpAdKeywordListRelevantProductsResponse {
  /** 优推品信息返回 */
  result_list?: AlibabaScbpAdKeywordListRelevantProductsRelevantProductDTO[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TopContextDto` of `alibaba.scbp.ad.keyword.list.relevant.products`. */
export interface AlibabaScbpAdKeywordListRelevantProductsTopContextDtoInput {
  /** 产品线id */
  product_line_id: Int64Input;
  /** 产品id */
  product_id: Int64Input;
}

/** `RelevantProductDTO` of `alibaba.scbp.ad.keyword.list.relevant.products`. */
export interface AlibabaScbpAdKeywordListRelevantProductsRelevantProductDTO {
  /** 品图片链接 */
  img_url?: string;
  /** 星级 */
  qs_star?: Int64;
  /** 品id */
  product_id?: Int64;
  /** 品名称 */
  product_name?: string;
  /** 推荐理由 */
  reason_list?: string[];
  /** 是否优推 */
  is_preferential?: boolean;
  /** 操作优推品得主键id */
  ad_group_id?: Int64;
}

const REQUEST_SCHEMA = {
  top_context: {
    product_line_id: 'Number',
    product_id: 'Number',
  },
  campaign_id: 'Number',
  keyword: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result_list: [
    {
      img_url: 'String',
      qs_star: 'Number',
      product_id: 'Number',
      product_name: 'String',
      reason_list: ['String'],
      is_preferential: 'Boolean',
      ad_group_id: 'Number',
    },
  ],
} as const satisfies ObjectSchema;

/** Static description of `alibaba.scbp.ad.keyword.list.relevant.products`: method, response root, request and response schemas. */
export const alibabaScbpAdKeywordListRelevantProductsOperation = {
  method: 'alibaba.scbp.ad.keyword.list.relevant.products',
  responseRoot: 'alibaba_scbp_ad_keyword_list_relevant_products_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询和词匹配的推广产品 — calls TOP method `alibaba.scbp.ad.keyword.list.relevant.products`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaScbpAdKeywordListRelevantProducts(
  client: TopClient,
  request: AlibabaScbpAdKeywordListRelevantProductsRequest,
  options?: CallOptions,
): Promise<AlibabaScbpAdKeywordListRelevantProductsResponse> {
  return client.call<AlibabaScbpAdKeywordListRelevantProductsResponse>(
    {
      method: 'alibaba.scbp.ad.keyword.list.relevant.products',
      responseRoot: 'alibaba_scbp_ad_keyword_list_relevant_products_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
