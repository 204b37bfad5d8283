// Generated from specs/aesolution/aliexpress.solution.issue.partner.rma.state.update.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `aliexpress.solution.issue.partner.rma.state.update` (aliexpress.solution.issue.partner.rma.state.update). */
export interface AliexpressSolutionIssuePartnerRmaStateUpdateRequest {
  /** RMA's order state update request */
  rma_state_update_request: AliexpressSolutionIssuePartnerRmaStateUpdateRmaStateUpdateRequestInput;
}

/** Response of `aliexpress.solution.issue.partner.rma.state.update`: TOP returns only requested, non-null fields, so all are optional. */
export interface AliexpressSolutionIssuePartnerRmaStateUpdateResponse {
  /** error code. 0 means no error */
  code_error?: string;
  /** error description */
  error_description?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `RmaStateUpdateRequest` of `aliexpress.solution.issue.partner.rma.state.update`. */
export interface AliexpressSolutionIssuePartnerRmaStateUpdateRmaStateUpdateRequestInput {
  /** RMA's state information */
  rma_state: AliexpressSolutionIssuePartnerRmaStateUpdateRmaStateInput;
  /** RMA's ID */
  rma_id: string;
}

/** `RmaState` of `aliexpress.solution.issue.partner.rma.state.update`. */
export interface AliexpressSolutionIssuePartnerRmaStateUpdateRmaStateInput {
  /** Order data. PST time */
  state_date: DateInput;
  /** Values: CANCELLED, PRODUCT_COLLECTED, PRODUCT_RECEIVED, PRODUCT_SCREENING, WAITING_AE_ACTION, COMPLETED, CANCELLED_LOGISTICS_ISSUE, CANCELLED_LOGISTICS_ISSUE_RETRIES */
  state: string;
  /** Detail of the state changed */
  state_detail?: string;
}

const REQUEST_SCHEMA = {
  rma_state_update_request: {
    rma_state: {
      state_date: 'Date',
      state: 'String',
      state_detail: 'String',
    },
    rma_id: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  code_error: 'String',
  error_description: 'String',
} as const satisfies ObjectSchema;

/** Static description of `aliexpress.solution.issue.partner.rma.state.update`: method, response root, request and response schemas. */
export const aliexpressSolutionIssuePartnerRmaStateUpdateOperation = {
  method: 'aliexpress.solution.issue.partner.rma.state.update',
  responseRoot: 'aliexpress_solution_issue_partner_rma_state_update_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * aliexpress.solution.issue.partner.rma.state.update — calls TOP method `aliexpress.solution.issue.partner.rma.state.update`.
 *
 * Receive changes in state updates for RMAs orders from after sales partners
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function aliexpressSolutionIssuePartnerRmaStateUpdate(
  client: TopClient,
  request: AliexpressSolutionIssuePartnerRmaStateUpdateRequest,
  options?: CallOptions,
): Promise<AliexpressSolutionIssuePartnerRmaStateUpdateResponse> {
  return client.call<AliexpressSolutionIssuePartnerRmaStateUpdateResponse>(
    {
      method: 'aliexpress.solution.issue.partner.rma.state.update',
      responseRoot: 'aliexpress_solution_issue_partner_rma_state_update_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
