// Generated from specs/scbp/alibaba.scbp.ad.keyword.status.update.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.scbp.ad.keyword.status.update` (关键词启动暂停推广). */
export interface AlibabaScbpAdKeywordStatusUpdateRequest {
  /**
   * 只能取ascci字符
   *
   * Max length: 64
   */
  ad_keyword: string;
  /**
   * 只能去in_promotion或者stopped
   *
   * Max length: 16
   */
  status: string;
}

/** Response of `alibaba.scbp.ad.keyword.status.update`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaScbpAdKeywordStatusUpdateResponse {
  /** 更新关键词推广状态是否成功 */
  result?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  ad_keyword: 'String',
  status: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.scbp.ad.keyword.status.update`: method, response root, request and response schemas. */
export const alibabaScbpAdKeywordStatusUpdateOperation = {
  method: 'alibaba.scbp.ad.keyword.status.update',
  responseRoot: 'alibaba_scbp_ad_keyword_status_update_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 关键词启动暂停推广 — calls TOP method `alibaba.scbp.ad.keyword.status.update`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaScbpAdKeywordStatusUpdate(
  client: TopClient,
  request: AlibabaScbpAdKeywordStatusUpdateRequest,
  options?: CallOptions,
): Promise<AlibabaScbpAdKeywordStatusUpdateResponse> {
  return client.call<AlibabaScbpAdKeywordStatusUpdateResponse>(
    {
      method: 'alibaba.scbp.ad.keyword.status.update',
      responseRoot: 'alibaba_scbp_ad_keyword_status_update_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
