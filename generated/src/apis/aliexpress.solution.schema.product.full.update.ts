// Generated from specs/aesolution/aliexpress.solution.schema.product.full.update.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `aliexpress.solution.schema.product.full.update` (aliexpress.solution.schema.product.full.update). */
export interface AliexpressSolutionSchemaProductFullUpdateRequest {
  /** Product full update request. To learn how to generate the content, please refer to https://developers.aliexpress.com/en/doc.htm?docId=109760&docType=1. Be aware that the aliexpress_product_id field should be replaced by the product ID belonged to the seller. */
  schema_full_update_request: string;
  /** More information of the request. */
  developer_features?: string;
}

/** Response of `aliexpress.solution.schema.product.full.update`: TOP returns only requested, non-null fields, so all are optional. */
export interface AliexpressSolutionSchemaProductFullUpdateResponse {
  /** Product id that has been updated. */
  product_id?: Int64;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  schema_full_update_request: 'String',
  developer_features: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  product_id: 'Number',
} as const satisfies ObjectSchema;

/** Static description of `aliexpress.solution.schema.product.full.update`: method, response root, request and response schemas. */
export const aliexpressSolutionSchemaProductFullUpdateOperation = {
  method: 'aliexpress.solution.schema.product.full.update',
  responseRoot: 'aliexpress_solution_schema_product_full_update_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * aliexpress.solution.schema.product.full.update — calls TOP method `aliexpress.solution.schema.product.full.update`.
 *
 * Schema interface for product full update. QPS(Invoke per second) for this API is limited to 100 for each appkey and 50 for each seller.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function aliexpressSolutionSchemaProductFullUpdate(
  client: TopClient,
  request: AliexpressSolutionSchemaProductFullUpdateRequest,
  options?: CallOptions,
): Promise<AliexpressSolutionSchemaProductFullUpdateResponse> {
  return client.call<AliexpressSolutionSchemaProductFullUpdateResponse>(
    {
      method: 'aliexpress.solution.schema.product.full.update',
      responseRoot: 'aliexpress_solution_schema_product_full_update_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
