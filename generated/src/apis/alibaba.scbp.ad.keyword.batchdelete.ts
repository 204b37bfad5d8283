// Generated from specs/scbp/alibaba.scbp.ad.keyword.batchdelete.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.scbp.ad.keyword.batchdelete` (外贸直通车批量删除关键词). */
export interface AlibabaScbpAdKeywordBatchdeleteRequest {
  /**
   * 关键词Id列表
   *
   * Max list size: 20
   */
  keyword_id_list?: string[];
}

/** Response of `alibaba.scbp.ad.keyword.batchdelete`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaScbpAdKeywordBatchdeleteResponse {
  /** 删除关键词是否成功 */
  result?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  keyword_id_list: ['String'],
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.scbp.ad.keyword.batchdelete`: method, response root, request and response schemas. */
export const alibabaScbpAdKeywordBatchdeleteOperation = {
  method: 'alibaba.scbp.ad.keyword.batchdelete',
  responseRoot: 'alibaba_scbp_ad_keyword_batchdelete_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 外贸直通车批量删除关键词 — calls TOP method `alibaba.scbp.ad.keyword.batchdelete`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaScbpAdKeywordBatchdelete(
  client: TopClient,
  request: AlibabaScbpAdKeywordBatchdeleteRequest = {},
  options?: CallOptions,
): Promise<AlibabaScbpAdKeywordBatchdeleteResponse> {
  return client.call<AlibabaScbpAdKeywordBatchdeleteResponse>(
    {
      method: 'alibaba.scbp.ad.keyword.batchdelete',
      responseRoot: 'alibaba_scbp_ad_keyword_batchdelete_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
