// Generated from specs/scbp/alibaba.scbp.ad.keyword.update.keyword.price.batch.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.scbp.ad.keyword.update.keyword.price.batch` (修改关键词价格). */
export interface AlibabaScbpAdKeywordUpdateKeywordPriceBatchRequest {
  /** 用户信息 */
  top_context: AlibabaScbpAdKeywordUpdateKeywordPriceBatchTopContextDtoInput;
  /** 计划id */
  campaign_id: Int64Input;
  /** 请求参数 */
  keyword_update_query: AlibabaScbpAdKeywordUpdateKeywordPriceBatchKeywordUpdateQueryInput;
}

/** Response of `alibaba.scbp.ad.keyword.update.keyword.price.batch`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaScbpAdKeywordUpdateKeywordPriceBatchResponse {
  /** 错误信息集合 */
  result_list?: AlibabaScbpAdKeywordUpdateKeywordPriceBatchErrorKeyword[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TopContextDto` of `alibaba.scbp.ad.keyword.update.keyword.price.batch`. */
export interface AlibabaScbpAdKeywordUpdateKeywordPriceBatchTopContextDtoInput {
  /** 产品线id */
  product_line_id: Int64Input;
  /** 产品id */
  product_id: Int64Input;
}

/** `KeywordUpdateQuery` of `alibaba.scbp.ad.keyword.update.keyword.price.batch`. */
export interface AlibabaScbpAdKeywordUpdateKeywordPriceBatchKeywordUpdateQueryInput {
  /** 更新类型：add_price（批量修改成不同价格，keywordList中price不能为空）update_price(批量修改成相同价格，updateInfo中price不能为空) */
  update_type: string;
  /** 更新信息 */
  update_info?: AlibabaScbpAdKeywordUpdateKeywordPriceBatchKeywordInfoInput;
  /** 关键词集合 */
  keyword_list: AlibabaScbpAdKeywordUpdateKeywordPriceBatchKeywordInfoInput2[];
}

/** `KeywordInfo` of `alibaba.scbp.ad.keyword.update.keyword.price.batch`. */
export interface AlibabaScbpAdKeywordUpdateKeywordPriceBatchKeywordInfoInput {
  /** 主键id */
  id?: Int64Input;
  /** 价格 */
  price?: string;
}

/** `KeywordInfo` of `alibaba.scbp.ad.keyword.update.keyword.price.batch`. */
export interface AlibabaScbpAdKeywordUpdateKeywordPriceBatchKeywordInfoInput2 {
  /** 主键id */
  id: Int64Input;
  /** 关键词 */
  word?: string;
  /** 价格 */
  price?: string;
}

/** `ErrorKeyword` of `alibaba.scbp.ad.keyword.update.keyword.price.batch`. */
export interface AlibabaScbpAdKeywordUpdateKeywordPriceBatchErrorKeyword {
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
  keyword_update_query: {
    update_type: 'String',
    update_info: {
      id: 'Number',
      price: 'String',
    },
    keyword_list: [
      {
        id: 'Number',
        word: 'String',
        price: 'String',
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

/** Static description of `alibaba.scbp.ad.keyword.update.keyword.price.batch`: method, response root, request and response schemas. */
export const alibabaScbpAdKeywordUpdateKeywordPriceBatchOperation = {
  method: 'alibaba.scbp.ad.keyword.update.keyword.price.batch',
  responseRoot: 'alibaba_scbp_ad_keyword_update_keyword_price_batch_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 修改关键词价格 — calls TOP method `alibaba.scbp.ad.keyword.update.keyword.price.batch`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaScbpAdKeywordUpdateKeywordPriceBatch(
  client: TopClient,
  request: AlibabaScbpAdKeywordUpdateKeywordPriceBatchRequest,
  options?: CallOptions,
): Promise<AlibabaScbpAdKeywordUpdateKeywordPriceBatchResponse> {
  return client.call<AlibabaScbpAdKeywordUpdateKeywordPriceBatchResponse>(
    {
      method: 'alibaba.scbp.ad.keyword.update.keyword.price.batch',
      responseRoot: 'alibaba_scbp_ad_keyword_update_keyword_price_batch_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
