// Generated from specs/promotion/taobao.promotionmisc.activity.range.remove.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.promotionmisc.activity.range.remove` (去除活动参与的商品). */
export interface TaobaoPromotionmiscActivityRangeRemoveRequest {
  /** 活动id。 */
  activity_id: Int64Input;
  /** 商品id,多个id用逗号隔开。 */
  ids: string;
}

/** Response of `taobao.promotionmisc.activity.range.remove`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoPromotionmiscActivityRangeRemoveResponse {
  /** 去除活动参与的商品是否成功。 */
  is_success?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  activity_id: 'Number',
  ids: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  is_success: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `taobao.promotionmisc.activity.range.remove`: method, response root, request and response schemas. */
export const taobaoPromotionmiscActivityRangeRemoveOperation = {
  method: 'taobao.promotionmisc.activity.range.remove',
  responseRoot: 'promotionmisc_activity_range_remove_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 去除活动参与的商品 — calls TOP method `taobao.promotionmisc.activity.range.remove`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoPromotionmiscActivityRangeRemove(
  client: TopClient,
  request: TaobaoPromotionmiscActivityRangeRemoveRequest,
  options?: CallOptions,
): Promise<TaobaoPromotionmiscActivityRangeRemoveResponse> {
  return client.call<TaobaoPromotionmiscActivityRangeRemoveResponse>(
    {
      method: 'taobao.promotionmisc.activity.range.remove',
      responseRoot: 'promotionmisc_activity_range_remove_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
