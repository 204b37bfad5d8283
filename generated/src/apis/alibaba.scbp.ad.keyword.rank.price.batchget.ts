// Generated from specs/scbp/alibaba.scbp.ad.keyword.rank.price.batchget.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.scbp.ad.keyword.rank.price.batchget` (外贸直通车关键词前五名批量排价). */
export interface AlibabaScbpAdKeywordRankPriceBatchgetRequest {
  /** keyword_request */
  keyword_request: AlibabaScbpAdKeywordRankPriceBatchgetTopKeywordListDTOInput;
  /** 上下文 */
  context?: AlibabaScbpAdKeywordRankPriceBatchgetContextDtoInput;
}

/** Response of `alibaba.scbp.ad.keyword.rank.price.batchget`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaScbpAdKeywordRankPriceBatchgetResponse {
  /** 返回结果 */
  result_list?: AlibabaScbpAdKeywordRankPriceBatchgetKeywordRankPriceDTO[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TopKeywordListDTO` of `alibaba.scbp.ad.keyword.rank.price.batchget`. */
export interface AlibabaScbpAdKeywordRankPriceBatchgetTopKeywordListDTOInput {
  /** 关键词列表 */
  keyword_list: string[];
}

/** `ContextDto` of `alibaba.scbp.ad.keyword.rank.price.batchget`. */
export interface AlibabaScbpAdKeywordRankPriceBatchgetContextDtoInput {
  /** login_id */
  login_id?: string;
  /** is_admin */
  is_admin?: boolean;
  /** is_top */
  is_top?: boolean;
  /** from */
  from?: string;
  /** service_type */
  service_type?: string;
  /** ip */
  ip?: string;
}

/** `KeywordRankPriceDTO` of `alibaba.scbp.ad.keyword.rank.price.batchget`. */
export interface AlibabaScbpAdKeywordRankPriceBatchgetKeywordRankPriceDTO {
  /** 关键词 */
  keyword?: string;
  /** 排价结果 */
  rank_price_list?: string[];
}

const REQUEST_SCHEMA = {
  keyword_request: {
    keyword_list: ['String'],
  },
  context: {
    login_id: 'String',
    is_admin: 'Boolean',
    is_top: 'Boolean',
    from: 'String',
    service_type: 'String',
    ip: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result_list: [
    {
      keyword: 'String',
      rank_price_list: ['String'],
    },
  ],
} as const satisfies ObjectSchema;

/** Static description of `alibaba.scbp.ad.keyword.rank.price.batchget`: method, response root, request and response schemas. */
export const alibabaScbpAdKeywordRankPriceBatchgetOperation = {
  method: 'alibaba.scbp.ad.keyword.rank.price.batchget',
  responseRoot: 'alibaba_scbp_ad_keyword_rank_price_batchget_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 外贸直通车关键词前五名批量排价 — calls TOP method `alibaba.scbp.ad.keyword.rank.price.batchget`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaScbpAdKeywordRankPriceBatchget(
  client: TopClient,
  request: AlibabaScbpAdKeywordRankPriceBatchgetRequest,
  options?: CallOptions,
): Promise<AlibabaScbpAdKeywordRankPriceBatchgetResponse> {
  return client.call<AlibabaScbpAdKeywordRankPriceBatchgetResponse>(
    {
      method: 'alibaba.scbp.ad.keyword.rank.price.batchget',
      responseRoot: 'alibaba_scbp_ad_keyword_rank_price_batchget_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
