// Generated from specs/aesolution/aliexpress.solution.seller.category.tree.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `aliexpress.solution.seller.category.tree.query` (aliexpress.solution.seller.category.tree.query). */
export interface AliexpressSolutionSellerCategoryTreeQueryRequest {
  /** parent category ID. To obtain the root categories, setting the category_id = 0 */
  category_id: Int64Input;
  /** filter the categories which seller does not have permission */
  filter_no_permission: boolean;
}

/** Response of `aliexpress.solution.seller.category.tree.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface AliexpressSolutionSellerCategoryTreeQueryResponse {
  /** children category list under category_id */
  children_category_list?: AliexpressSolutionSellerCategoryTreeQueryCategoryInfo[];
  /** whether success or not */
  is_success?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `CategoryInfo` of `aliexpress.solution.seller.category.tree.query`. */
export interface AliexpressSolutionSellerCategoryTreeQueryCategoryInfo {
  /** category id */
  children_category_id?: Int64;
  /** whether the category is leaf or not */
  is_leaf_category?: boolean;
  /** level of the categories. As for root categories, the level is 1 */
  level?: Int64;
  /** multi langauge names of the categories */
  multi_language_names?: string | Record<string, unknown>;
}

const REQUEST_SCHEMA = {
  category_id: 'Number',
  filter_no_permission: 'Boolean',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  children_category_list: [
    {
      children_category_id: 'Number',
      is_leaf_category: 'Boolean',
      level: 'Number',
      multi_language_names: 'Json',
    },
  ],
  is_success: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `aliexpress.solution.seller.category.tree.query`: method, response root, request and response schemas. */
export const aliexpressSolutionSellerCategoryTreeQueryOperation = {
  method: 'aliexpress.solution.seller.category.tree.query',
  responseRoot: 'aliexpress_solution_seller_category_tree_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * aliexpress.solution.seller.category.tree.query — calls TOP method `aliexpress.solution.seller.category.tree.query`.
 *
 * API for seller to query the category tree. Support only displaying the categories which seller have permissions to publish products.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function aliexpressSolutionSellerCategoryTreeQuery(
  client: TopClient,
  request: AliexpressSolutionSellerCategoryTreeQueryRequest,
  options?: CallOptions,
): Promise<AliexpressSolutionSellerCategoryTreeQueryResponse> {
  return client.call<AliexpressSolutionSellerCategoryTreeQueryResponse>(
    {
      method: 'aliexpress.solution.seller.category.tree.query',
      responseRoot: 'aliexpress_solution_seller_category_tree_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
