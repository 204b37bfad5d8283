// Generated from specs/scbp/alibaba.scbp.account.status.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.scbp.account.status.get` (查询账户级别关键词推广状态). */
export interface AlibabaScbpAccountStatusGetRequest {}

/** Response of `alibaba.scbp.account.status.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaScbpAccountStatusGetResponse {
  /** true:推广中,false:暂停 */
  result?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.scbp.account.status.get`: method, response root, request and response schemas. */
export const alibabaScbpAccountStatusGetOperation = {
  method: 'alibaba.scbp.account.status.get',
  responseRoot: 'alibaba_scbp_account_status_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询账户级别关键词推广状态 — calls TOP method `alibaba.scbp.account.status.get`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaScbpAccountStatusGet(
  client: TopClient,
  request: AlibabaScbpAccountStatusGetRequest = {},
  options?: CallOptions,
): Promise<AlibabaScbpAccountStatusGetResponse> {
  return client.call<AlibabaScbpAccountStatusGetResponse>(
    {
      method: 'alibaba.scbp.account.status.get',
      responseRoot: 'alibaba_scbp_account_status_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
