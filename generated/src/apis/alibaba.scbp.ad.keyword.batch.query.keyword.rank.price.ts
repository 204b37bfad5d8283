// Generated from specs/scbp/alibaba.scbp.ad.keyword.batch.query.keyword.rank.price.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.scbp.ad.keyword.batch.query.keyword.rank.price` (批量查询关键词前五名排价). */
export interface AlibabaScbpAdKeywordBatchQueryKeywordRankPriceRequest {
  /** 用户信息 */
  top_context: AlibabaScbpAdKeywordBatchQueryKeywordRankPriceTopContextDtoInput;
  /** 计划id */
  campaign_id: Int64Input;
  /**
   * 关键词信息集合
   *
   * Max list size: 5
   */
  keyword_list: AlibabaScbpAdKeywordBatchQueryKeywordRankPriceKeywordInfoInput[];
}

/** Response of `alibaba.scbp.ad.keyword.batch.query.keyword.rank.price`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaScbpAdKeywordBatchQueryKeywordRankPriceResponse {
  /** 关键词前五名排价详细信息返回 */
  result_list?: AlibabaScbpAdKeywordBatchQueryKeywordRankPriceKeywordRankPriceDTO[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TopContextDto` of `alibaba.scbp.ad.keyword.batch.query.keyword.rank.price`. */
export interface AlibabaScbpAdKeywordBatchQueryKeywordRankPriceTopContextDtoInput {
  /** 产品线id */
  product_line_id: Int64Input;
  /** 产品id */
  product_id: Int64Input;
}

/** `KeywordInfo` of `alibaba.scbp.ad.keyword.batch.query.keyword.rank.price`. */
export interface AlibabaScbpAdKeywordBatchQueryKeywordRankPriceKeywordInfoInput {
  /** 关键词id */
  id: Int64Input;
  /** 关键词 */
  word: string;
}

/** `KeywordRankPriceDTO` of `alibaba.scbp.ad.keyword.batch.query.keyword.rank.price`. */
export interface AlibabaScbpAdKeywordBatchQueryKeywordRankPriceKeywordRankPriceDTO {
  /** 关键词 */
  keyword?: string;
  /** 关键词前五名排价 */
  price_array?: string[];
}

const REQUEST_SCHEMA = {
  top_context: {
    product_line_id: 'Number',
    product_id: 'Number',
  },
  campaign_id: 'Number',
  keyword_list: [
    {
      id: 'Number',
      word: 'String',
    },
  ],
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result_list: [
    {
      keyword: 'String',
      price_array: ['String'],
    },
  ],
} as const satisfies ObjectSchema;

/** Static description of `alibaba.scbp.ad.keyword.batch.query.keyword.rank.price`: method, response root, request and response schemas. */
export const alibabaScbpAdKeywordBatchQueryKeywordRankPriceOperation = {
  method: 'alibaba.scbp.ad.keyword.batch.query.keyword.rank.price',
  responseRoot: 'alibaba_scbp_ad_keyword_batch_query_keyword_rank_price_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 批量查询关键词前五名排价 — calls TOP method `alibaba.scbp.ad.keyword.batch.query.keyword.rank.price`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaScbpAdKeywordBatchQueryKeywordRankPrice(
  client: TopClient,
  request: AlibabaScbpAdKeywordBatchQueryKeywordRankPriceRequest,
  options?: CallOptions,
): Promise<AlibabaScbpAdKeywordBatchQueryKeywordRankPriceResponse> {
  return client.call<AlibabaScbpAdKeywordBatchQueryKeywordRankPriceResponse>(
    {
      method: 'alibaba.scbp.ad.keyword.batch.query.keyword.rank.price',
      responseRoot: 'alibaba_scbp_ad_keyword_batch_query_keyword_rank_price_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
