// Generated from specs/scbp/alibaba.scbp.account.status.update.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.scbp.account.status.update` (修改账户级别关键词推广状态). */
export interface AlibabaScbpAccountStatusUpdateRequest {
  /** on:开启,off:暂停 */
  status: string;
}

/** Response of `alibaba.scbp.account.status.update`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaScbpAccountStatusUpdateResponse {
  /** 修改成功 */
  result?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  status: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.scbp.account.status.update`: method, response root, request and response schemas. */
export const alibabaScbpAccountStatusUpdateOperation = {
  method: 'alibaba.scbp.account.status.update',
  responseRoot: 'alibaba_scbp_account_status_update_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 修改账户级别关键词推广状态 — calls TOP method `alibaba.scbp.account.status.update`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaScbpAccountStatusUpdate(
  client: TopClient,
  request: AlibabaScbpAccountStatusUpdateRequest,
  options?: CallOptions,
): Promise<AlibabaScbpAccountStatusUpdateResponse> {
  return client.call<AlibabaScbpAccountStatusUpdateResponse>(
    {
      method: 'alibaba.scbp.account.status.update',
      responseRoot: 'alibaba_scbp_account_status_update_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
