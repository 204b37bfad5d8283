// Generated from specs/aesolution/aliexpress.solution.feed.list.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `aliexpress.solution.feed.list.get` (aliexpress.solution.feed.list.get). */
export interface AliexpressSolutionFeedListGetRequest {
  /** current page */
  current_page?: Int64Input;
  /** feed type */
  feed_type?: string;
  /** page size */
  page_size?: Int64Input;
  /** status of the job, currently there are 3 types: FINISH, PROCESSING, QUEUEING */
  status?: string;
  /** Search for feeds submitted before a specific time, format: yyyy-MM-dd hh:mm:ss. Timezone:America/Los_Angeles */
  submitted_time_end?: string;
  /** Search for feeds submitted after a specific time, format: yyyy-MM-dd hh:mm:ss .Timezone:America/Los_Angeles */
  submitted_time_start?: string;
}

/** Response of `aliexpress.solution.feed.list.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface AliexpressSolutionFeedListGetResponse {
  /** current page */
  current_page?: Int64;
  /** data */
  job_list?: AliexpressSolutionFeedListGetBatchOperationJobDto[];
  /** page size */
  page_size?: Int64;
  /** total count of jobs submitted for this seller */
  total_count?: Int64;
  /** total page based on the total_count and page_size */
  total_page?: Int64;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `BatchOperationJobDto` of `aliexpress.solution.feed.list.get`. */
export interface AliexpressSolutionFeedListGetBatchOperationJobDto {
  /** The status of the feed */
  status?: string;
  /** feed type */
  operation_type?: string;
  /** job id */
  job_id?: Int64;
}

const REQUEST_SCHEMA = {
  current_page: 'Number',
  feed_type: 'String',
  page_size: 'Number',
  status: 'String',
  submitted_time_end: 'String',
  submitted_time_start: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  current_page: 'Number',
  job_list: [
    {
      status: 'String',
      operation_type: 'String',
      job_id: 'Number',
    },
  ],
  page_size: 'Number',
  total_count: 'Number',
  total_page: 'Number',
} as const satisfies ObjectSchema;

/** Static description of `aliexpress.solution.feed.list.get`: method, response root, request and response schemas. */
export const aliexpressSolutionFeedListGetOperation = {
  method: 'aliexpress.solution.feed.list.get',
  responseRoot: 'aliexpress_solution_feed_list_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * aliexpress.solution.feed.list.get — calls TOP method `aliexpress.solution.feed.list.get`.
 *
 * API to query the feed list belonged to a seller
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function aliexpressSolutionFeedListGet(
  client: TopClient,
  request: AliexpressSolutionFeedListGetRequest = {},
  options?: CallOptions,
): Promise<AliexpressSolutionFeedListGetResponse> {
  return client.call<AliexpressSolutionFeedListGetResponse>(
    {
      method: 'aliexpress.solution.feed.list.get',
      responseRoot: 'aliexpress_solution_feed_list_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
