// Generated from specs/aesolution/aliexpress.solution.product.schema.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `aliexpress.solution.product.schema.get` (get product schema). */
export interface AliexpressSolutionProductSchemaGetRequest {
  /** aliexpress category id. You can get it from category API */
  aliexpress_category_id: Int64Input;
}

/** Response of `aliexpress.solution.product.schema.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface AliexpressSolutionProductSchemaGetResponse {
  /** result */
  result?: AliexpressSolutionProductSchemaGetProductSchemaDto;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ProductSchemaDto` of `aliexpress.solution.product.schema.get`. */
export interface AliexpressSolutionProductSchemaGetProductSchemaDto {
  /** success flag */
  success?: boolean;
  /** error code */
  error_code?: string;
  /** error message */
  error_message?: string;
  /** schema */
  schema?: string;
}

const REQUEST_SCHEMA = {
  aliexpress_category_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    error_code: 'String',
    error_message: 'String',
    schema: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `aliexpress.solution.product.schema.get`: method, response root, request and response schemas. */
export const aliexpressSolutionProductSchemaGetOperation = {
  method: 'aliexpress.solution.product.schema.get',
  responseRoot: 'aliexpress_solution_product_schema_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * get product schema — calls TOP method `aliexpress.solution.product.schema.get`.
 *
 * provide a new schema way to post product. With a pair of API, one for getting schema, one for posting instance
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function aliexpressSolutionProductSchemaGet(
  client: TopClient,
  request: AliexpressSolutionProductSchemaGetRequest,
  options?: CallOptions,
): Promise<AliexpressSolutionProductSchemaGetResponse> {
  return client.call<AliexpressSolutionProductSchemaGetResponse>(
    {
      method: 'aliexpress.solution.product.schema.get',
      responseRoot: 'aliexpress_solution_product_schema_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
