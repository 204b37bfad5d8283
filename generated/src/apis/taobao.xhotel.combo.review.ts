// Generated from specs/tuanhotel/taobao.xhotel.combo.review.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.xhotel.combo.review` (套餐审核接口). */
export interface TaobaoXhotelComboReviewRequest {
  /** 宝贝id */
  item_id: Int64Input;
}

/** Response of `taobao.xhotel.combo.review`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoXhotelComboReviewResponse {
  /** 审核状态 */
  data?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  item_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  data: 'String',
} as const satisfies ObjectSchema;

/** Static description of `taobao.xhotel.combo.review`: method, response root, request and response schemas. */
export const taobaoXhotelComboReviewOperation = {
  method: 'taobao.xhotel.combo.review',
  responseRoot: 'xhotel_combo_review_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 套餐审核接口 — calls TOP method `taobao.xhotel.combo.review`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoXhotelComboReview(
  client: TopClient,
  request: TaobaoXhotelComboReviewRequest,
  options?: CallOptions,
): Promise<TaobaoXhotelComboReviewResponse> {
  return client.call<TaobaoXhotelComboReviewResponse>(
    {
      method: 'taobao.xhotel.combo.review',
      responseRoot: 'xhotel_combo_review_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
