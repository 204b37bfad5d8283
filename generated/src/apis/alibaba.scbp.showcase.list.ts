// Generated from specs/icbushowcase/alibaba.scbp.showcase.list.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.scbp.showcase.list` (橱窗查询). */
export interface AlibabaScbpShowcaseListRequest {
  /** 每页展示个数 */
  per_page_size?: Int64Input;
  /** 页码 */
  to_page?: Int64Input;
}

/** Response of `alibaba.scbp.showcase.list`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaScbpShowcaseListResponse {
  /** result */
  results?: AlibabaScbpShowcaseListShowcase[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Showcase` of `alibaba.scbp.showcase.list`. */
export interface AlibabaScbpShowcaseListShowcase {
  /** 橱窗id */
  id?: Int64;
  /** 产品id */
  product_id?: Int64;
  /** 产品描述 */
  subject?: string;
  /** 产品主图 */
  image_url?: string;
  /** valid */
  valid?: boolean;
}

const REQUEST_SCHEMA = {
  per_page_size: 'Number',
  to_page: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  results: [
    {
      id: 'Number',
      product_id: 'Number',
      subject: 'String',
      image_url: 'String',
      valid: 'Boolean',
    },
  ],
} as const satisfies ObjectSchema;

/** Static description of `alibaba.scbp.showcase.list`: method, response root, request and response schemas. */
export const alibabaScbpShowcaseListOperation = {
  method: 'alibaba.scbp.showcase.list',
  responseRoot: 'alibaba_scbp_showcase_list_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 橱窗查询 — calls TOP method `alibaba.scbp.showcase.list`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaScbpShowcaseList(
  client: TopClient,
  request: AlibabaScbpShowcaseListRequest = {},
  options?: CallOptions,
): Promise<AlibabaScbpShowcaseListResponse> {
  return client.call<AlibabaScbpShowcaseListResponse>(
    {
      method: 'alibaba.scbp.showcase.list',
      responseRoot: 'alibaba_scbp_showcase_list_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
