// Generated from specs/interact/alibaba.interact.onecode.issue.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.interact.onecode.issue` (onecode代码通用鉴权). */
export interface AlibabaInteractOnecodeIssueRequest {}

/** Response of `alibaba.interact.onecode.issue`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaInteractOnecodeIssueResponse {
  /** result=0 */
  result?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.interact.onecode.issue`: method, response root, request and response schemas. */
export const alibabaInteractOnecodeIssueOperation = {
  method: 'alibaba.interact.onecode.issue',
  responseRoot: 'alibaba_interact_onecode_issue_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * onecode代码通用鉴权 — calls TOP method `alibaba.interact.onecode.issue`.
 *
 * 手淘开放鉴权接口，仅用于tida接口鉴权，无输入输出。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaInteractOnecodeIssue(
  client: TopClient,
  request: AlibabaInteractOnecodeIssueRequest = {},
  options?: CallOptions,
): Promise<AlibabaInteractOnecodeIssueResponse> {
  return client.call<AlibabaInteractOnecodeIssueResponse>(
    {
      method: 'alibaba.interact.onecode.issue',
      responseRoot: 'alibaba_interact_onecode_issue_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
