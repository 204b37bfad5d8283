// Generated from specs/scbp/alibaba.scbp.account.budget.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.scbp.account.budget.get` (查询日消耗预算). */
export interface AlibabaScbpAccountBudgetGetRequest {}

/** Response of `alibaba.scbp.account.budget.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaScbpAccountBudgetGetResponse {
  /** 返回今日预算 */
  budget?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  budget: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.scbp.account.budget.get`: method, response root, request and response schemas. */
export const alibabaScbpAccountBudgetGetOperation = {
  method: 'alibaba.scbp.account.budget.get',
  responseRoot: 'alibaba_scbp_account_budget_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询日消耗预算 — calls TOP method `alibaba.scbp.account.budget.get`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaScbpAccountBudgetGet(
  client: TopClient,
  request: AlibabaScbpAccountBudgetGetRequest = {},
  options?: CallOptions,
): Promise<AlibabaScbpAccountBudgetGetResponse> {
  return client.call<AlibabaScbpAccountBudgetGetResponse>(
    {
      method: 'alibaba.scbp.account.budget.get',
      responseRoot: 'alibaba_scbp_account_budget_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
