// Generated from specs/scbp/alibaba.scbp.ad.keyword.delete.keyword.batch.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.scbp.ad.keyword.delete.keyword.batch` (删除关键词). */
export interface AlibabaScbpAdKeywordDeleteKeywordBatchRequest {
  /** 用户信息 */
  top_context: AlibabaScbpAdKeywordDeleteKeywordBatchTopContextDtoInput;
  /** 计划id */
  campaign_id: Int64Input;
  /** 请求参数 */
  keyword_query: AlibabaScbpAdKeywordDeleteKeywordBatchKeywordQueryInput;
}

/** Response of `alibaba.scbp.ad.keyword.delete.keyword.batch`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaScbpAdKeywordDeleteKeywordBatchResponse {
  /** 返回结果 */
  result?: Int64;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TopContextDto` of `alibaba.scbp.ad.keyword.delete.keyword.batch`. */
export interface AlibabaScbpAdKeywordDeleteKeywordBatchTopContextDtoInput {
  /** 产品线id */
  product_line_id: Int64Input;
  /** 产品id */
  product_id: Int64Input;
}

/** `KeywordQuery` of `alibaba.scbp.ad.keyword.delete.keyword.batch`. */
export interface AlibabaScbpAdKeywordDeleteKeywordBatchKeywordQueryInput {
  /** 请求实体集合 */
  keyword_list: AlibabaScbpAdKeywordDeleteKeywordBatchKeywordInfoInput[];
}

/** `KeywordInfo` of `alibaba.scbp.ad.keyword.delete.keyword.batch`. */
export interface AlibabaScbpAdKeywordDeleteKeywordBatchKeywordInfoInput {
  /** 主键id */
  id: Int64Input;
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
        id: 'Number',
      },
    ],
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: 'Number',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.scbp.ad.keyword.delete.keyword.batch`: method, response root, request and response schemas. */
export const alibabaScbpAdKeywordDeleteKeywordBatchOperation = {
  method: 'alibaba.scbp.ad.keyword.delete.keyword.batch',
  responseRoot: 'alibaba_scbp_ad_keyword_delete_keyword_batch_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 删除关键词 — calls TOP method `alibaba.scbp.ad.keyword.delete.keyword.batch`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaScbpAdKeywordDeleteKeywordBatch(
  client: TopClient,
  request: AlibabaScbpAdKeywordDeleteKeywordBatchRequest,
  options?: CallOptions,
): Promise<AlibabaScbpAdKeywordDeleteKeywordBatchResponse> {
  return client.call<AlibabaScbpAdKeywordDeleteKeywordBatchResponse>(
    {
      method: 'alibaba.scbp.ad.keyword.delete.keyword.batch',
      responseRoot: 'alibaba_scbp_ad_keyword_delete_keyword_batch_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
