// Generated from specs/aesolution/aliexpress.solution.schema.product.instance.post.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `aliexpress.solution.schema.product.instance.post` (aliexpress.solution.schema.product.instance.post). */
export interface AliexpressSolutionSchemaProductInstancePostRequest {
  /** Product instance data. The relative parameters description in schema json String are same as "aliexpress.solution.product.post" .Please note: the shipping_template_id should be replaced with your own shipping template id, which could be obtained through https://developers.aliexpress.com/en/doc.htm?docId=43456&docType=2 */
  product_instance_request: string;
  /** More information of the request. */
  developer_features?: string;
}

/** Response of `aliexpress.solution.schema.product.instance.post`: TOP returns only requested, non-null fields, so all are optional. */
export interface AliexpressSolutionSchemaProductInstancePostResponse {
  /** result of the product posting */
  result?: AliexpressSolutionSchemaProductInstancePostPostItemResponseDto;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `PostItemResponseDto` of `aliexpress.solution.schema.product.instance.post`. */
export interface AliexpressSolutionSchemaProductInstancePostPostItemResponseDto {
  /** product id */
  product_id?: Int64;
}

const REQUEST_SCHEMA = {
  product_instance_request: 'String',
  developer_features: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    product_id: 'Number',
  },
} as const satisfies ObjectSchema;

/** Static description of `aliexpress.solution.schema.product.instance.post`: method, response root, request and response schemas. */
export const aliexpressSolutionSchemaProductInstancePostOperation = {
  method: 'aliexpress.solution.schema.product.instance.post',
  responseRoot: 'aliexpress_solution_schema_product_instance_post_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * aliexpress.solution.schema.product.instance.post — calls TOP method `aliexpress.solution.schema.product.instance.post`.
 *
 * Upload product based on json schema instance.QPS(Invoke per second) for this API is limited to 100 for each appkey and 50 for each seller.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function aliexpressSolutionSchemaProductInstancePost(
  client: TopClient,
  request: AliexpressSolutionSchemaProductInstancePostRequest,
  options?: CallOptions,
): Promise<AliexpressSolutionSchemaProductInstancePostResponse> {
  return client.call<AliexpressSolutionSchemaProductInstancePostResponse>(
    {
      method: 'aliexpress.solution.schema.product.instance.post',
      responseRoot: 'aliexpress_solution_schema_product_instance_post_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
