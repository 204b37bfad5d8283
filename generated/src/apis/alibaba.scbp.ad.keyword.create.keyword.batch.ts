// Generated from specs/scbp/alibaba.scbp.ad.keyword.create.keyword.batch.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.scbp.ad.keyword.create.keyword.batch` (关键词添加). */
export interface AlibabaScbpAdKeywordCreateKeywordBatchRequest {
  /** 用户信息 */
  top_context: AlibabaScbpAdKeywordCreateKeywordBatchTopContextDtoInput;
  /** 计划id */
  campaign_id: Int64Input;
  /** 请求参数 */
  keyword_query: AlibabaScbpAdKeywordCreateKeywordBatchKeywordQueryInput;
}

/** Response of `alibaba.scbp.ad.keyword.create.keyword.batch`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaScbpAdKeywordCreateKeywordBatchResponse {
  /** 返回错误集合 */
  result_list?: AlibabaScbpAdKeywordCreateKeywordBatchErrorKeyword[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TopContextDto` of `alibaba.scbp.ad.keyword.create.keyword.batch`. */
export interface AlibabaScbpAdKeywordCreateKeywordBatchTopContextDtoInput {
  /** 产品线id */
  product_line_id: Int64Input;
  /** 产品id */
  product_id: Int64Input;
}

/** `KeywordQuery` of `alibaba.scbp.ad.keyword.create.keyword.batch`. */
export interface AlibabaScbpAdKeywordCreateKeywordBatchKeywordQueryInput {
  /** 请求实体集合 */
  keyword_list: AlibabaScbpAdKeywordCreateKeywordBatchKeywordInfoInput[];
}

/** `KeywordInfo` of `alibaba.scbp.ad.keyword.create.keyword.batch`. */
export interface AlibabaScbpAdKeywordCreateKeywordBatchKeywordInfoInput {
  /** 词 */
  word?: string;
  /** 价格 */
  price?: string;
  /** 状态 */
  online_status?: Int64Input;
}

/** `ErrorKeyword` of `alibaba.scbp.ad.keyword.create.keyword.batch`. */
export interface AlibabaScbpAdKeywordCreateKeywordBatchErrorKeyword {
  /** 关键词 */
  keyword?: string;
  /** 类型 */
  type?: string;
  /** 重复关键词 */
  repeat_keyword?: string;
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
        price: 'String',
        online_status: 'Number',
      },
    ],
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result_list: [
    {
      keyword: 'String',
      type: 'String',
      repeat_keyword: 'String',
    },
  ],
} as const satisfies ObjectSchema;

/** Static description of `alibaba.scbp.ad.keyword.create.keyword.batch`: method, response root, request and response schemas. */
export const alibabaScbpAdKeywordCreateKeywordBatchOperation = {
  method: 'alibaba.scbp.ad.keyword.create.keyword.batch',
  responseRoot: 'alibaba_scbp_ad_keyword_create_keyword_batch_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 关键词添加 — calls TOP method `alibaba.scbp.ad.keyword.create.keyword.batch`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaScbpAdKeywordCreateKeywordBatch(
  client: TopClient,
  request: AlibabaScbpAdKeywordCreateKeywordBatchRequest,
  options?: CallOptions,
): Promise<AlibabaScbpAdKeywordCreateKeywordBatchResponse> {
  return client.call<AlibabaScbpAdKeywordCreateKeywordBatchResponse>(
    {
      method: 'alibaba.scbp.ad.keyword.create.keyword.batch',
      responseRoot: 'alibaba_scbp_ad_keyword_create_keyword_batch_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
