// Generated from specs/scbp/alibaba.scbp.ad.keyword.get.keyword.count.by.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.scbp.ad.keyword.get.keyword.count.by.query` (计划关键词数目). */
export interface AlibabaScbpAdKeywordGetKeywordCountByQueryRequest {
  /** 用户信息 */
  top_context: AlibabaScbpAdKeywordGetKeywordCountByQueryTopContextDtoInput;
  /** 请求参数 */
  campaign_keyword_query: AlibabaScbpAdKeywordGetKeywordCountByQueryCampaignKeywordQueryInput;
}

/** Response of `alibaba.scbp.ad.keyword.get.keyword.count.by.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaScbpAdKeywordGetKeywordCountByQueryResponse {
  /** 返回值 */
  result?: Int64;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TopContextDto` of `alibaba.scbp.ad.keyword.get.keyword.count.by.query`. */
export interface AlibabaScbpAdKeywordGetKeywordCountByQueryTopContextDtoInput {
  /** 产品线id */
  product_line_id: Int64Input;
  /** 产品id */
  product_id?: Int64Input;
}

/** `CampaignKeywordQuery` of `alibaba.scbp.ad.keyword.get.keyword.count.by.query`. */
export interface AlibabaScbpAdKeywordGetKeywordCountByQueryCampaignKeywordQueryInput {
  /** 普通词 */
  norm_word?: string;
  /** 词id集合 */
  word_id_list?: Int64Input[];
  /** 计划id */
  campaign_id?: Int64Input;
  /** 状态 */
  online_status?: Int64Input;
}

const REQUEST_SCHEMA = {
  top_context: {
    product_line_id: 'Number',
    product_id: 'Number',
  },
  campaign_keyword_query: {
    norm_word: 'String',
    word_id_list: ['Number'],
    campaign_id: 'Number',
    online_status: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: 'Number',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.scbp.ad.keyword.get.keyword.count.by.query`: method, response root, request and response schemas. */
export const alibabaScbpAdKeywordGetKeywordCountByQueryOperation = {
  method: 'alibaba.scbp.ad.keyword.get.keyword.count.by.query',
  responseRoot: 'alibaba_scbp_ad_keyword_get_keyword_count_by_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 计划关键词数目 — calls TOP method `alibaba.scbp.ad.keyword.get.keyword.count.by.query`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaScbpAdKeywordGetKeywordCountByQuery(
  client: TopClient,
  request: AlibabaScbpAdKeywordGetKeywordCountByQueryRequest,
  options?: CallOptions,
): Promise<AlibabaScbpAdKeywordGetKeywordCountByQueryResponse> {
  return client.call<AlibabaScbpAdKeywordGetKeywordCountByQueryResponse>(
    {
      method: 'alibaba.scbp.ad.keyword.get.keyword.count.by.query',
      responseRoot: 'alibaba_scbp_ad_keyword_get_keyword_count_by_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
