// Generated from specs/scbp/alibaba.scbp.ad.keyword.tag.update.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.scbp.ad.keyword.tag.update` (修改关键词所属分组). */
export interface AlibabaScbpAdKeywordTagUpdateRequest {
  /**
   * 关键词ID列表
   *
   * Max list size: 50
   */
  keyword_id_list: string[];
  /**
   * 关键词分组ID,不传表示取消关键词的分组
   *
   * Max list size: 50
   */
  tag_id_list?: string[];
}

/** Response of `alibaba.scbp.ad.keyword.tag.update`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaScbpAdKeywordTagUpdateResponse {
  /** 实际修改的关键词数 */
  result?: Int64;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  keyword_id_list: ['String'],
  tag_id_list: ['String'],
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: 'Number',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.scbp.ad.keyword.tag.update`: method, response root, request and response schemas. */
export const alibabaScbpAdKeywordTagUpdateOperation = {
  method: 'alibaba.scbp.ad.keyword.tag.update',
  responseRoot: 'alibaba_scbp_ad_keyword_tag_update_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 修改关键词所属分组 — calls TOP method `alibaba.scbp.ad.keyword.tag.update`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaScbpAdKeywordTagUpdate(
  client: TopClient,
  request: AlibabaScbpAdKeywordTagUpdateRequest,
  options?: CallOptions,
): Promise<AlibabaScbpAdKeywordTagUpdateResponse> {
  return client.call<AlibabaScbpAdKeywordTagUpdateResponse>(
    {
      method: 'alibaba.scbp.ad.keyword.tag.update',
      responseRoot: 'alibaba_scbp_ad_keyword_tag_update_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
