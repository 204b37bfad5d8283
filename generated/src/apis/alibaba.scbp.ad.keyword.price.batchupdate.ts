// Generated from specs/scbp/alibaba.scbp.ad.keyword.price.batchupdate.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.scbp.ad.keyword.price.batchupdate` (关键词批量改价). */
export interface AlibabaScbpAdKeywordPriceBatchupdateRequest {
  /**
   * 系统自动生成
   *
   * Max list size: 20
   */
  keyword_update_dto_list?: AlibabaScbpAdKeywordPriceBatchupdateKeywordUpdateDtoInput[];
}

/** Response of `alibaba.scbp.ad.keyword.price.batchupdate`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaScbpAdKeywordPriceBatchupdateResponse {
  /** 修改失败关键词列表 */
  keyword_error_result_list?: AlibabaScbpAdKeywordPriceBatchupdateKeywordErrorResultDto[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `KeywordUpdateDto` of `alibaba.scbp.ad.keyword.price.batchupdate`. */
export interface AlibabaScbpAdKeywordPriceBatchupdateKeywordUpdateDtoInput {
  /** 要改的价格，单位元 */
  value: string;
  /** 词id */
  keyword_id: Int64Input;
}

/** `KeywordErrorResultDto` of `alibaba.scbp.ad.keyword.price.batchupdate`. */
export interface AlibabaScbpAdKeywordPriceBatchupdateKeywordErrorResultDto {
  /** reason */
  reason?: string;
  /** value */
  value?: string;
  /** keywordId */
  keyword_id?: Int64;
}

const REQUEST_SCHEMA = {
  keyword_update_dto_list: [
    {
      value: 'String',
      keyword_id: 'Number',
    },
  ],
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  keyword_error_result_list: [
    {
      reason: 'String',
      value: 'String',
      keyword_id: 'Number',
    },
  ],
} as const satisfies ObjectSchema;

/** Static description of `alibaba.scbp.ad.keyword.price.batchupdate`: method, response root, request and response schemas. */
export const alibabaScbpAdKeywordPriceBatchupdateOperation = {
  method: 'alibaba.scbp.ad.keyword.price.batchupdate',
  responseRoot: 'alibaba_scbp_ad_keyword_price_batchupdate_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 关键词批量改价 — calls TOP method `alibaba.scbp.ad.keyword.price.batchupdate`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaScbpAdKeywordPriceBatchupdate(
  client: TopClient,
  request: AlibabaScbpAdKeywordPriceBatchupdateRequest = {},
  options?: CallOptions,
): Promise<AlibabaScbpAdKeywordPriceBatchupdateResponse> {
  return client.call<AlibabaScbpAdKeywordPriceBatchupdateResponse>(
    {
      method: 'alibaba.scbp.ad.keyword.price.batchupdate',
      responseRoot: 'alibaba_scbp_ad_keyword_price_batchupdate_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
