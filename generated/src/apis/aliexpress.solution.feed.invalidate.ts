// Generated from specs/aesolution/aliexpress.solution.feed.invalidate.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `aliexpress.solution.feed.invalidate` (aliexpress.solution.feed.invalidate). */
export interface AliexpressSolutionFeedInvalidateRequest {
  /** job id separated by ; No more than 100 job Ids could be passed in one request. */
  job_id_list?: string;
}

/** Response of `aliexpress.solution.feed.invalidate`: TOP returns only requested, non-null fields, so all are optional. */
export interface AliexpressSolutionFeedInvalidateResponse {
  /** successful list */
  successful_list?: Int64[];
  /** no need to be invalidated jobs. Usually caused by that the job is being or has already been executed. */
  no_need_invalidation_list?: Int64[];
  /** failed list */
  failed_list?: Int64[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  job_id_list: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  successful_list: ['Number'],
  no_need_invalidation_list: ['Number'],
  failed_list: ['Number'],
} as const satisfies ObjectSchema;

/** Static description of `aliexpress.solution.feed.invalidate`: method, response root, request and response schemas. */
export const aliexpressSolutionFeedInvalidateOperation = {
  method: 'aliexpress.solution.feed.invalidate',
  responseRoot: 'aliexpress_solution_feed_invalidate_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * aliexpress.solution.feed.invalidate — calls TOP method `aliexpress.solution.feed.invalidate`.
 *
 * Api for invalidating specific feeds based on job Ids. Please use aliexpress.solution.feed.list.get to determine which job Ids needs to be sent for invalidation.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function aliexpressSolutionFeedInvalidate(
  client: TopClient,
  request: AliexpressSolutionFeedInvalidateRequest = {},
  options?: CallOptions,
): Promise<AliexpressSolutionFeedInvalidateResponse> {
  return client.call<AliexpressSolutionFeedInvalidateResponse>(
    {
      method: 'aliexpress.solution.feed.invalidate',
      responseRoot: 'aliexpress_solution_feed_invalidate_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
