// Generated from specs/promotion/taobao.promotionmisc.activity.range.all.remove.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.promotionmisc.activity.range.all.remove` (清空活动参与的商品). */
export interface TaobaoPromotionmiscActivityRangeAllRemoveRequest {
  /** 活动id。 */
  activity_id: Int64Input;
}

/** Response of `taobao.promotionmisc.activity.range.all.remove`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoPromotionmiscActivityRangeAllRemoveResponse {
  /** 清空活动参与商品是否成功。 */
  is_success?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  activity_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  is_success: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `taobao.promotionmisc.activity.range.all.remove`: method, response root, request and response schemas. */
export const taobaoPromotionmiscActivityRangeAllRemoveOperation = {
  method: 'taobao.promotionmisc.activity.range.all.remove',
  responseRoot: 'promotionmisc_activity_range_all_remove_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 清空活动参与的商品 — calls TOP method `taobao.promotionmisc.activity.range.all.remove`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoPromotionmiscActivityRangeAllRemove(
  client: TopClient,
  request: TaobaoPromotionmiscActivityRangeAllRemoveRequest,
  options?: CallOptions,
): Promise<TaobaoPromotionmiscActivityRangeAllRemoveResponse> {
  return client.call<TaobaoPromotionmiscActivityRangeAllRemoveResponse>(
    {
      method: 'taobao.promotionmisc.activity.range.all.remove',
      responseRoot: 'promotionmisc_activity_range_all_remove_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
