// Generated from specs/aesolution/aliexpress.solution.batch.product.delete.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `aliexpress.solution.batch.product.delete` (aliexpress.solution.batch.product.delete). */
export interface AliexpressSolutionBatchProductDeleteRequest {
  /**
   * maximum 100
   *
   * Max list size: 100
   */
  product_ids?: Int64Input[];
}

/** Response of `aliexpress.solution.batch.product.delete`: TOP returns only requested, non-null fields, so all are optional. */
export interface AliexpressSolutionBatchProductDeleteResponse {
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  product_ids: ['Number'],
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {} as const satisfies ObjectSchema;

/** Static description of `aliexpress.solution.batch.product.delete`: method, response root, request and response schemas. */
export const aliexpressSolutionBatchProductDeleteOperation = {
  method: 'aliexpress.solution.batch.product.delete',
  responseRoot: 'aliexpress_solution_batch_product_delete_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * aliexpress.solution.batch.product.delete — calls TOP method `aliexpress.solution.batch.product.delete`.
 *
 * Product delete API. Please note that there is no reverse way to retrieve the products which have been deleted. Use this API in cautious.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function aliexpressSolutionBatchProductDelete(
  client: TopClient,
  request: AliexpressSolutionBatchProductDeleteRequest = {},
  options?: CallOptions,
): Promise<AliexpressSolutionBatchProductDeleteResponse> {
  return client.call<AliexpressSolutionBatchProductDeleteResponse>(
    {
      method: 'aliexpress.solution.batch.product.delete',
      responseRoot: 'aliexpress_solution_batch_product_delete_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
