// Generated from specs/promotion/taobao.promotionmisc.activity.range.list.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.promotionmisc.activity.range.list.get` (查询活动参与的商品). */
export interface TaobaoPromotionmiscActivityRangeListGetRequest {
  /** 活动id */
  activity_id: Int64Input;
}

/** Response of `taobao.promotionmisc.activity.range.list.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoPromotionmiscActivityRangeListGetResponse {
  /** 活动参与的商品列表 */
  promotion_range_list?: TaobaoPromotionmiscActivityRangeListGetPromotionRange[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `PromotionRange` of `taobao.promotionmisc.activity.range.list.get`. */
export interface TaobaoPromotionmiscActivityRangeListGetPromotionRange {
  /** 参与活动的商品id。 */
  item_id?: Int64;
  /** 活动id。 */
  activity_id?: Int64;
  /** 活动名称。 */
  activity_name?: string;
}

const REQUEST_SCHEMA = {
  activity_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  promotion_range_list: [
    {
      item_id: 'Number',
      activity_id: 'Number',
      activity_name: 'String',
    },
  ],
} as const satisfies ObjectSchema;

/** Static description of `taobao.promotionmisc.activity.range.list.get`: method, response root, request and response schemas. */
export const taobaoPromotionmiscActivityRangeListGetOperation = {
  method: 'taobao.promotionmisc.activity.range.list.get',
  responseRoot: 'promotionmisc_activity_range_list_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询活动参与的商品 — calls TOP method `taobao.promotionmisc.activity.range.list.get`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoPromotionmiscActivityRangeListGet(
  client: TopClient,
  request: TaobaoPromotionmiscActivityRangeListGetRequest,
  options?: CallOptions,
): Promise<TaobaoPromotionmiscActivityRangeListGetResponse> {
  return client.call<TaobaoPromotionmiscActivityRangeListGetResponse>(
    {
      method: 'taobao.promotionmisc.activity.range.list.get',
      responseRoot: 'promotionmisc_activity_range_list_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
