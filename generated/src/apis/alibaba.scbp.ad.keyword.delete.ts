// Generated from specs/scbp/alibaba.scbp.ad.keyword.delete.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.scbp.ad.keyword.delete` (外贸直通车删除关键词). */
export interface AlibabaScbpAdKeywordDeleteRequest {
  /** 要删除的关键词 */
  ad_keyword: string;
}

/** Response of `alibaba.scbp.ad.keyword.delete`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaScbpAdKeywordDeleteResponse {
  /** 删除关键词是否成功 */
  result?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  ad_keyword: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.scbp.ad.keyword.delete`: method, response root, request and response schemas. */
export const alibabaScbpAdKeywordDeleteOperation = {
  method: 'alibaba.scbp.ad.keyword.delete',
  responseRoot: 'alibaba_scbp_ad_keyword_delete_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 外贸直通车删除关键词 — calls TOP method `alibaba.scbp.ad.keyword.delete`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaScbpAdKeywordDelete(
  client: TopClient,
  request: AlibabaScbpAdKeywordDeleteRequest,
  options?: CallOptions,
): Promise<AlibabaScbpAdKeywordDeleteResponse> {
  return client.call<AlibabaScbpAdKeywordDeleteResponse>(
    {
      method: 'alibaba.scbp.ad.keyword.delete',
      responseRoot: 'alibaba_scbp_ad_keyword_delete_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
