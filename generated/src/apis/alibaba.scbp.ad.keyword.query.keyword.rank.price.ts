// Generated from specs/scbp/alibaba.scbp.ad.keyword.query.keyword.rank.price.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.scbp.ad.keyword.query.keyword.rank.price` (查询关键词前五名排价). */
export interface AlibabaScbpAdKeywordQueryKeywordRankPriceRequest {
  /** 用户信息 */
  top_context: AlibabaScbpAdKeywordQueryKeywordRankPriceTopContextDtoInput;
  /** 计划id */
  campaign_id: Int64Input;
  /** 请求参数 */
  keyword_query: AlibabaScbpAdKeywordQueryKeywordRankPriceKeywordQueryInput;
}

/** Response of `alibaba.scbp.ad.keyword.query.keyword.rank.price`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaScbpAdKeywordQueryKeywordRankPriceResponse {
  /** 返回参数 */
  result?: AlibabaScbpAdKeywordQueryKeywordRankPriceKeywordRankPriceDto;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TopContextDto` of `alibaba.scbp.ad.keyword.query.keyword.rank.price`. */
export interface AlibabaScbpAdKeywordQueryKeywordRankPriceTopContextDtoInput {
  /** 产品线id */
  product_line_id: Int64Input;
  /** 产品id */
  product_id: Int64Input;
}

/** `KeywordQuery` of `alibaba.scbp.ad.keyword.query.keyword.rank.price`. */
export interface AlibabaScbpAdKeywordQueryKeywordRankPriceKeywordQueryInput {
  /** 请求集合 */
  keyword_list: AlibabaScbpAdKeywordQueryKeywordRankPriceKeywordInfoInput[];
}

/** `KeywordInfo` of `alibaba.scbp.ad.keyword.query.keyword.rank.price`. */
export interface AlibabaScbpAdKeywordQueryKeywordRankPriceKeywordInfoInput {
  /** 词 */
  word: string;
  /** 关键词id */
  id?: Int64Input;
}

/** `KeywordRankPriceDto` of `alibaba.scbp.ad.keyword.query.keyword.rank.price`. */
export interface AlibabaScbpAdKeywordQueryKeywordRankPriceKeywordRankPriceDto {
  /** 关键词的id */
  keyword?: string;
  /** 公司ID */
  company_id?: Int64;
  /** 计划ID */
  campaign_id?: Int64;
  /** 价格列表(计划)(不建议直接使用) */
  price_list?: Int64[];
  /** 价格列表(计划)(元)(低价处理后结果) */
  price_array?: string[];
  /** 价格列表(客户)(不建议直接使用) */
  cust_price_list?: Int64[];
  /** 价格列表(客户)(元)(低价处理后结果) */
  cust_price_array?: string[];
}

const REQUEST_SCHEMA = {
  top_context: {
    product_line_id: 'Number',
    product_id: 'Number',
  },
  campaign_id: 'Number',
  keyword_query: {
    keyword_list: [
      {
        word: 'String',
        id: 'Number',
      },
    ],
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    keyword: 'String',
    company_id: 'Number',
    campaign_id: 'Number',
    price_list: ['Number'],
    price_array: ['String'],
    cust_price_list: ['Number'],
    cust_price_array: ['String'],
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.scbp.ad.keyword.query.keyword.rank.price`: method, response root, request and response schemas. */
export const alibabaScbpAdKeywordQueryKeywordRankPriceOperation = {
  method: 'alibaba.scbp.ad.keyword.query.keyword.rank.price',
  responseRoot: 'alibaba_scbp_ad_keyword_query_keyword_rank_price_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询关键词前五名排价 — calls TOP method `alibaba.scbp.ad.keyword.query.keyword.rank.price`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaScbpAdKeywordQueryKeywordRankPrice(
  client: TopClient,
  request: AlibabaScbpAdKeywordQueryKeywordRankPriceRequest,
  options?: CallOptions,
): Promise<AlibabaScbpAdKeywordQueryKeywordRankPriceResponse> {
  return client.call<AlibabaScbpAdKeywordQueryKeywordRankPriceResponse>(
    {
      method: 'alibaba.scbp.ad.keyword.query.keyword.rank.price',
      responseRoot: 'alibaba_scbp_ad_keyword_query_keyword_rank_price_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
