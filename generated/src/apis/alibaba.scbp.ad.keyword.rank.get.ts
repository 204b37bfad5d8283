// Generated from specs/scbp/alibaba.scbp.ad.keyword.rank.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.scbp.ad.keyword.rank.get` (获取外贸直通车关键词预估排名). */
export interface AlibabaScbpAdKeywordRankGetRequest {
  /** 查询预估排名的关键词 */
  keyword: string;
}

/** Response of `alibaba.scbp.ad.keyword.rank.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaScbpAdKeywordRankGetResponse {
  /** 关键词的预估排名 */
  rank_location?: Int64;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  keyword: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  rank_location: 'Number',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.scbp.ad.keyword.rank.get`: method, response root, request and response schemas. */
export const alibabaScbpAdKeywordRankGetOperation = {
  method: 'alibaba.scbp.ad.keyword.rank.get',
  responseRoot: 'alibaba_scbp_ad_keyword_rank_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取外贸直通车关键词预估排名 — calls TOP method `alibaba.scbp.ad.keyword.rank.get`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaScbpAdKeywordRankGet(
  client: TopClient,
  request: AlibabaScbpAdKeywordRankGetRequest,
  options?: CallOptions,
): Promise<AlibabaScbpAdKeywordRankGetResponse> {
  return client.call<AlibabaScbpAdKeywordRankGetResponse>(
    {
      method: 'alibaba.scbp.ad.keyword.rank.get',
      responseRoot: 'alibaba_scbp_ad_keyword_rank_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
