// Generated from specs/aesolution/aliexpress.solution.feed.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `aliexpress.solution.feed.query` (aliexpress.solution.feed.query). */
export interface AliexpressSolutionFeedQueryRequest {
  /** job id */
  job_id?: Int64Input;
}

/** Response of `aliexpress.solution.feed.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface AliexpressSolutionFeedQueryResponse {
  /** job id */
  job_id?: Int64;
  /** Count of successful items after executed under this job */
  success_item_count?: Int64;
  /** Result list after all the item_content,which were previously submitted through API:aliexpress.solution.feed.submit, have been executed , including both successful and unsuccessful items. */
  result_list?: AliexpressSolutionFeedQuerySingleItemResponseDto[];
  /** Count of total items under this job */
  total_item_count?: Int64;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `SingleItemResponseDto` of `aliexpress.solution.feed.query`. */
export interface AliexpressSolutionFeedQuerySingleItemResponseDto {
  /** Execution result of each item */
  item_execution_result?: string;
  /** Corresponding to the item_content_id defined by the seller when invoking the API: aliexpress.solution.feed.submit */
  item_content_id?: string;
}

const REQUEST_SCHEMA = {
  job_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  job_id: 'Number',
  success_item_count: 'Number',
  result_list: [
    {
      item_execution_result: 'String',
      item_content_id: 'String',
    },
  ],
  total_item_count: 'Number',
} as const satisfies ObjectSchema;

/** Static description of `aliexpress.solution.feed.query`: method, response root, request and response schemas. */
export const aliexpressSolutionFeedQueryOperation = {
  method: 'aliexpress.solution.feed.query',
  responseRoot: 'aliexpress_solution_feed_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * aliexpress.solution.feed.query — calls TOP method `aliexpress.solution.feed.query`.
 *
 * API for query the execution result of feed.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function aliexpressSolutionFeedQuery(
  client: TopClient,
  request: AliexpressSolutionFeedQueryRequest = {},
  options?: CallOptions,
): Promise<AliexpressSolutionFeedQueryResponse> {
  return client.call<AliexpressSolutionFeedQueryResponse>(
    {
      method: 'aliexpress.solution.feed.query',
      responseRoot: 'aliexpress_solution_feed_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
