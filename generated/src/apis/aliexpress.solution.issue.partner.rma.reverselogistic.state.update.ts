// Generated from specs/aesolution/aliexpress.solution.issue.partner.rma.reverselogistic.state.update.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `aliexpress.solution.issue.partner.rma.reverselogistic.state.update` (aliexpress.solution.issue.partner.rma.reverselogistic.state.update). */
export interface AliexpressSolutionIssuePartnerRmaReverselogisticStateUpdateRequest {
  /** Logistic order state update request */
  logistic_order_state_update_request: AliexpressSolutionIssuePartnerRmaReverselogisticStateUpdateLogisticOrderStateUpdateRequestInput;
}

/** Response of `aliexpress.solution.issue.partner.rma.reverselogistic.state.update`: TOP returns only requested, non-null fields, so all are optional. */
export interface AliexpressSolutionIssuePartnerRmaReverselogisticStateUpdateResponse {
  /** Error code. 0 value is no error. */
  code_error?: string;
  /** Error description */
  error_description?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `LogisticOrderStateUpdateRequest` of `aliexpress.solution.issue.partner.rma.reverselogistic.state.update`. */
export interface AliexpressSolutionIssuePartnerRmaReverselogisticStateUpdateLogisticOrderStateUpdateRequestInput {
  /** Logistic order state information */
  rma_logistic_order_state: AliexpressSolutionIssuePartnerRmaReverselogisticStateUpdateRmaLogisticOrderStateInput;
  /** Tracking code */
  tracking_code: string;
}

/** `RmaLogisticOrderState` of `aliexpress.solution.issue.partner.rma.reverselogistic.state.update`. */
export interface AliexpressSolutionIssuePartnerRmaReverselogisticStateUpdateRmaLogisticOrderStateInput {
  /** State date. PST time */
  state_date: DateInput;
  /** values CANCELLED, PRODUCT_CAPTURED, INCIDENT, PRODUCT_DELIVERED */
  state: string;
  /** Logistic order detail */
  order_state_detail?: string;
}

const REQUEST_SCHEMA = {
  logistic_order_state_update_request: {
    rma_logistic_order_state: {
      state_date: 'Date',
      state: 'String',
      order_state_detail: 'String',
    },
    tracking_code: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  code_error: 'String',
  error_description: 'String',
} as const satisfies ObjectSchema;

/** Static description of `aliexpress.solution.issue.partner.rma.reverselogistic.state.update`: method, response root, request and response schemas. */
export const aliexpressSolutionIssuePartnerRmaReverselogisticStateUpdateOperation = {
  method: 'aliexpress.solution.issue.partner.rma.reverselogistic.state.update',
  responseRoot: 'aliexpress_solution_issue_partner_rma_reverselogistic_state_update_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * aliexpress.solution.issue.partner.rma.reverselogistic.state.update — calls TOP method `aliexpress.solution.issue.partner.rma.reverselogistic.state.update`.
 *
 * Updates the reverse logistics state for after sales services
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function aliexpressSolutionIssuePartnerRmaReverselogisticStateUpdate(
  client: TopClient,
  request: AliexpressSolutionIssuePartnerRmaReverselogisticStateUpdateRequest,
  options?: CallOptions,
): Promise<AliexpressSolutionIssuePartnerRmaReverselogisticStateUpdateResponse> {
  return client.call<AliexpressSolutionIssuePartnerRmaReverselogisticStateUpdateResponse>(
    {
      method: 'aliexpress.solution.issue.partner.rma.reverselogistic.state.update',
      responseRoot: 'aliexpress_solution_issue_partner_rma_reverselogistic_state_update_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
