// Generated from specs/aesolution/aliexpress.solution.issue.partner.rma.screening.create.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `aliexpress.solution.issue.partner.rma.screening.create` (aliexpress.solution.issue.partner.rma.screening.create). */
export interface AliexpressSolutionIssuePartnerRmaScreeningCreateRequest {
  /** Screening result creation request */
  screening_result_creation_request: AliexpressSolutionIssuePartnerRmaScreeningCreateRmaScreeningCreationRequestInput;
}

/** Response of `aliexpress.solution.issue.partner.rma.screening.create`: TOP returns only requested, non-null fields, so all are optional. */
export interface AliexpressSolutionIssuePartnerRmaScreeningCreateResponse {
  /** error code. 0 means no error */
  code_error?: string;
  /** error description */
  error_description?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `RmaScreeningCreationRequest` of `aliexpress.solution.issue.partner.rma.screening.create`. */
export interface AliexpressSolutionIssuePartnerRmaScreeningCreateRmaScreeningCreationRequestInput {
  /** Values: OK, NO_OK */
  result: string;
  /** RMA ID */
  rma_id: string;
  /** Date of screening */
  screening_date: DateInput;
  /** Description of the screening result */
  screening_result_details?: string;
  /** Values: CUSTOMER_FAULT, GIVE_UP_UNSEALED, GIVE_UP_SEALED, DOA_SEALED_QUALITY_ISSUE, DOA_SEALED_NO_QUALITY_ISSUE */
  screening_result_reasons: string;
}

const REQUEST_SCHEMA = {
  screening_result_creation_request: {
    result: 'String',
    rma_id: 'String',
    screening_date: 'Date',
    screening_result_details: 'String',
    screening_result_reasons: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  code_error: 'String',
  error_description: 'String',
} as const satisfies ObjectSchema;

/** Static description of `aliexpress.solution.issue.partner.rma.screening.create`: method, response root, request and response schemas. */
export const aliexpressSolutionIssuePartnerRmaScreeningCreateOperation = {
  method: 'aliexpress.solution.issue.partner.rma.screening.create',
  responseRoot: 'aliexpress_solution_issue_partner_rma_screening_create_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * aliexpress.solution.issue.partner.rma.screening.create — calls TOP method `aliexpress.solution.issue.partner.rma.screening.create`.
 *
 * Receives information about screening results from after sales partners
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function aliexpressSolutionIssuePartnerRmaScreeningCreate(
  client: TopClient,
  request: AliexpressSolutionIssuePartnerRmaScreeningCreateRequest,
  options?: CallOptions,
): Promise<AliexpressSolutionIssuePartnerRmaScreeningCreateResponse> {
  return client.call<AliexpressSolutionIssuePartnerRmaScreeningCreateResponse>(
    {
      method: 'aliexpress.solution.issue.partner.rma.screening.create',
      responseRoot: 'aliexpress_solution_issue_partner_rma_screening_create_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
