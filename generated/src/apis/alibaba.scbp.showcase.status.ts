// Generated from specs/icbushowcase/alibaba.scbp.showcase.status.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.scbp.showcase.status` (橱窗状态). */
export interface AlibabaScbpShowcaseStatusRequest {}

/** Response of `alibaba.scbp.showcase.status`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaScbpShowcaseStatusResponse {
  /** 全部橱窗数 */
  total_count?: Int64;
  /** 当前已用的橱窗数 */
  current_count?: Int64;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  total_count: 'Number',
  current_count: 'Number',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.scbp.showcase.status`: method, response root, request and response schemas. */
export const alibabaScbpShowcaseStatusOperation = {
  method: 'alibaba.scbp.showcase.status',
  responseRoot: 'alibaba_scbp_showcase_status_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 橱窗状态 — calls TOP method `alibaba.scbp.showcase.status`.
 *
 * 查询橱窗状态，如总数、可用数量
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaScbpShowcaseStatus(
  client: TopClient,
  request: AlibabaScbpShowcaseStatusRequest = {},
  options?: CallOptions,
): Promise<AlibabaScbpShowcaseStatusResponse> {
  return client.call<AlibabaScbpShowcaseStatusResponse>(
    {
      method: 'alibaba.scbp.showcase.status',
      responseRoot: 'alibaba_scbp_showcase_status_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
