// Generated from specs/promotion/tmall.promotag.tag.removetag.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.promotag.tag.removetag` (删除标签定义). */
export interface TmallPromotagTagRemovetagRequest {
  /** 需要删除的标签id */
  tag_id: Int64Input;
}

/** Response of `tmall.promotag.tag.removetag`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallPromotagTagRemovetagResponse {
  /** 删除操作是否成功 */
  is_success?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  tag_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  is_success: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `tmall.promotag.tag.removetag`: method, response root, request and response schemas. */
export const tmallPromotagTagRemovetagOperation = {
  method: 'tmall.promotag.tag.removetag',
  responseRoot: 'tmall_promotag_tag_removetag_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 删除标签定义 — calls TOP method `tmall.promotag.tag.removetag`.
 *
 * 用于删除标签定义，但是要确保目前该标签没有人群在使用。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallPromotagTagRemovetag(
  client: TopClient,
  request: TmallPromotagTagRemovetagRequest,
  options?: CallOptions,
): Promise<TmallPromotagTagRemovetagResponse> {
  return client.call<TmallPromotagTagRemovetagResponse>(
    {
      method: 'tmall.promotag.tag.removetag',
      responseRoot: 'tmall_promotag_tag_removetag_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
