// Generated from specs/aesolution/aliexpress.solution.merchant.profile.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `aliexpress.solution.merchant.profile.get` (aliexpress.solution.merchant.profile.get). */
export interface AliexpressSolutionMerchantProfileGetRequest {}

/** Response of `aliexpress.solution.merchant.profile.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface AliexpressSolutionMerchantProfileGetResponse {
  /** country code which the merchant chose when registered */
  country_code?: string;
  /** Indicate whether the mechant could post product or not. FALSE means the merchant could normally post product. */
  product_posting_forbidden?: boolean;
  /** merchant login id of Aliexpress */
  merchant_login_id?: string;
  /** shop id */
  shop_id?: Int64;
  /** shop name */
  shop_name?: string;
  /** shop type */
  shop_type?: string;
  /** shop url */
  shop_url?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  country_code: 'String',
  product_posting_forbidden: 'Boolean',
  merchant_login_id: 'String',
  shop_id: 'Number',
  shop_name: 'String',
  shop_type: 'String',
  shop_url: 'String',
} as const satisfies ObjectSchema;

/** Static description of `aliexpress.solution.merchant.profile.get`: method, response root, request and response schemas. */
export const aliexpressSolutionMerchantProfileGetOperation = {
  method: 'aliexpress.solution.merchant.profile.get',
  responseRoot: 'aliexpress_solution_merchant_profile_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * aliexpress.solution.merchant.profile.get — calls TOP method `aliexpress.solution.merchant.profile.get`.
 *
 * API for oversea sellers to obtain the normal information, e.g. store id, registration country code.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function aliexpressSolutionMerchantProfileGet(
  client: TopClient,
  request: AliexpressSolutionMerchantProfileGetRequest = {},
  options?: CallOptions,
): Promise<AliexpressSolutionMerchantProfileGetResponse> {
  return client.call<AliexpressSolutionMerchantProfileGetResponse>(
    {
      method: 'aliexpress.solution.merchant.profile.get',
      responseRoot: 'aliexpress_solution_merchant_profile_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
