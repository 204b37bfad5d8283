// Generated from specs/aesolution/aliexpress.solution.issue.partner.rma.reverselogistic.trackinginfo.create.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `aliexpress.solution.issue.partner.rma.reverselogistic.trackinginfo.create` (aliexpress.solution.issue.partner.rma.reverselogistic.trackinginfo.create). */
export interface AliexpressSolutionIssuePartnerRmaReverselogisticTrackinginfoCreateRequest {
  /** Logistic's order creation request */
  logistics_order_creation_request: AliexpressSolutionIssuePartnerRmaReverselogisticTrackinginfoCreateLogisticOrderCreationForRmaRequestInput;
}

/** Response of `aliexpress.solution.issue.partner.rma.reverselogistic.trackinginfo.create`: TOP returns only requested, non-null fields, so all are optional. */
export interface AliexpressSolutionIssuePartnerRmaReverselogisticTrackinginfoCreateResponse {
  /** Error code. 0 value is no error. */
  code_error?: string;
  /** Error description */
  error_description?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `LogisticOrderCreationForRmaRequest` of `aliexpress.solution.issue.partner.rma.reverselogistic.trackinginfo.create`. */
export interface AliexpressSolutionIssuePartnerRmaReverselogisticTrackinginfoCreateLogisticOrderCreationForRmaRequestInput {
  /** The dispute Id */
  dispute_id: Int64Input;
  /** Carrier tracking code. Tracking code or Shipping code must be provided */
  tracking_code: string;
  /** Order date. PST time */
  order_date: DateInput;
  /** Values: PRODUCT_CUSTOMER_GATHERING,PRODUCT_RETURN_CUSTOMER,PRODUCT_RETURN_WAREHOUSE,PRODUCT_RETURN_SUPPLIER */
  logistic_reason: string;
  /** Carrier name */
  carrier_name: string;
}

const REQUEST_SCHEMA = {
  logistics_order_creation_request: {
    dispute_id: 'Number',
    tracking_code: 'String',
    order_date: 'Date',
    logistic_reason: 'String',
    carrier_name: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  code_error: 'String',
  error_description: 'String',
} as const satisfies ObjectSchema;

/** Static description of `aliexpress.solution.issue.partner.rma.reverselogistic.trackinginfo.create`: method, response root, request and response schemas. */
export const aliexpressSolutionIssuePartnerRmaReverselogisticTrackinginfoCreateOperation = {
  method: 'aliexpress.solution.issue.partner.rma.reverselogistic.trackinginfo.create',
  responseRoot: 'aliexpress_solution_issue_partner_rma_reverselogistic_trackinginfo_create_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * aliexpress.solution.issue.partner.rma.reverselogistic.trackinginfo.create — calls TOP method `aliexpress.solution.issue.partner.rma.reverselogistic.trackinginfo.create`.
 *
 * Receives information about reverse logistics tracking info
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function aliexpressSolutionIssuePartnerRmaReverselogisticTrackinginfoCreate(
  client: TopClient,
  request: AliexpressSolutionIssuePartnerRmaReverselogisticTrackinginfoCreateRequest,
  options?: CallOptions,
): Promise<AliexpressSolutionIssuePartnerRmaReverselogisticTrackinginfoCreateResponse> {
  return client.call<AliexpressSolutionIssuePartnerRmaReverselogisticTrackinginfoCreateResponse>(
    {
      method: 'aliexpress.solution.issue.partner.rma.reverselogistic.trackinginfo.create',
      responseRoot: 'aliexpress_solution_issue_partner_rma_reverselogistic_trackinginfo_create_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
