// Generated from specs/aesolution/aliexpress.solution.feed.submit.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `aliexpress.solution.feed.submit` (aliexpress.solution.feed.submit). */
export interface AliexpressSolutionFeedSubmitRequest {
  /** Currently support 4 types of feeds:PRODUCT_CREATE,PRODUCT_FULL_UPDATE,PRODUCT_STOCKS_UPDATE,PRODUCT_PRICES_UPDATE */
  operation_type: string;
  /**
   * item list, maximum size: 2000.
   *
   * Max list size: 2000
   */
  item_list: AliexpressSolutionFeedSubmitSingleItemRequestDtoInput[];
  /** More information of the request. */
  developer_features?: string;
}

/** Response of `aliexpress.solution.feed.submit`: TOP returns only requested, non-null fields, so all are optional. */
export interface AliexpressSolutionFeedSubmitResponse {
  /** job id,which is for querying the job response later. */
  job_id?: Int64;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `SingleItemRequestDto` of `aliexpress.solution.feed.submit`. */
export interface AliexpressSolutionFeedSubmitSingleItemRequestDtoInput {
  /** Content of each item, which follows different format according to different feed type. */
  item_content: string;
  /** The id of the item_content, which could be defined by the seller. item_content_id should be unique among all the items in item_list.This field also appears in the API:aliexpress.solution.feed.query, which is regarding the convenience for the sellers to match the item_execuation_result with the item_content. */
  item_content_id: string;
}

const REQUEST_SCHEMA = {
  operation_type: 'String',
  item_list: [
    {
      item_content: 'String',
      item_content_id: 'String',
    },
  ],
  developer_features: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  job_id: 'Number',
} as const satisfies ObjectSchema;

/** Static description of `aliexpress.solution.feed.submit`: method, response root, request and response schemas. */
export const aliexpressSolutionFeedSubmitOperation = {
  method: 'aliexpress.solution.feed.submit',
  responseRoot: 'aliexpress_solution_feed_submit_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * aliexpress.solution.feed.submit — calls TOP method `aliexpress.solution.feed.submit`.
 *
 * API for merchants to submit feed data. Please note for each seller, the recommended number of feeds submitted for each operation_type every 24 hours should be lee than 150, otherwise significant delay might be encountered for processing the feed.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function aliexpressSolutionFeedSubmit(
  client: TopClient,
  request: AliexpressSolutionFeedSubmitRequest,
  options?: CallOptions,
): Promise<AliexpressSolutionFeedSubmitResponse> {
  return client.call<AliexpressSolutionFeedSubmitResponse>(
    {
      method: 'aliexpress.solution.feed.submit',
      responseRoot: 'aliexpress_solution_feed_submit_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
