// Generated from specs/scbp/alibaba.scbp.reckeyword.search.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.scbp.reckeyword.search` (推荐词-词推词). */
export interface AlibabaScbpReckeywordSearchRequest {
  /** RecKeywordQuery */
  query_dto?: AlibabaScbpReckeywordSearchRecKeywordQueryInput;
}

/** Response of `alibaba.scbp.reckeyword.search`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaScbpReckeywordSearchResponse {
  /** 词推词结果列表 */
  result_list?: AlibabaScbpReckeywordSearchRecKeywordDto[];
  /** 总个数 */
  total_num?: Int64;
  /** 总页数 */
  total_page?: Int64;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `RecKeywordQuery` of `alibaba.scbp.reckeyword.search`. */
export interface AlibabaScbpReckeywordSearchRecKeywordQueryInput {
  /** 每页行数 */
  per_page_size?: Int64Input;
  /** 第几页 */
  to_page?: Int64Input;
  /** 搜索词 */
  keyword: string;
}

/** `RecKeywordDto` of `alibaba.scbp.reckeyword.search`. */
export interface AlibabaScbpReckeywordSearchRecKeywordDto {
  /** 同行平均出价，单位元，一位小数 */
  avg_price?: string;
  /** 词 */
  word?: string;
  /** 购买竞争度[1-6] */
  buy_count?: string;
  /** 搜索热度[1-6] */
  search_count?: string;
}

const REQUEST_SCHEMA = {
  query_dto: {
    per_page_size: 'Number',
    to_page: 'Number',
    keyword: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result_list: [
    {
      avg_price: 'String',
      word: 'String',
      buy_count: 'String',
      search_count: 'String',
    },
  ],
  total_num: 'Number',
  total_page: 'Number',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.scbp.reckeyword.search`: method, response root, request and response schemas. */
export const alibabaScbpReckeywordSearchOperation = {
  method: 'alibaba.scbp.reckeyword.search',
  responseRoot: 'alibaba_scbp_reckeyword_search_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 推荐词-词推词 — calls TOP method `alibaba.scbp.reckeyword.search`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaScbpReckeywordSearch(
  client: TopClient,
  request: AlibabaScbpReckeywordSearchRequest = {},
  options?: CallOptions,
): Promise<AlibabaScbpReckeywordSearchResponse> {
  return client.call<AlibabaScbpReckeywordSearchResponse>(
    {
      method: 'alibaba.scbp.reckeyword.search',
      responseRoot: 'alibaba_scbp_reckeyword_search_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
