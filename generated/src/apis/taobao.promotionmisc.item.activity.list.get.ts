// Generated from specs/promotion/taobao.promotionmisc.item.activity.list.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.promotionmisc.item.activity.list.get` (查询无条件单品优惠活动列表). */
export interface TaobaoPromotionmiscItemActivityListGetRequest {
  /** 页码。 */
  page_no: Int64Input;
  /** 每页记录数，最大支持50 。 */
  page_size: Int64Input;
}

/** Response of `taobao.promotionmisc.item.activity.list.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoPromotionmiscItemActivityListGetResponse {
  /** 记录总条数。 */
  total_count?: Int64;
  /** 只包含活动的主要信息，如activity_id，name，description，start_time，end_time，participate_range。优惠的其他详细信息，请通过taobao.promotionmisc.item.activity.get获取。 */
  item_promotion_list?: TaobaoPromotionmiscItemActivityListGetItemPromotion[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ItemPromotion` of `taobao.promotionmisc.item.activity.list.get`. */
export interface TaobaoPromotionmiscItemActivityListGetItemPromotion {
  /** 活动id */
  activity_id?: Int64;
  /** 活动名称。 */
  name?: string;
  /** 活动的有效条件、人群和行为描述。 */
  description?: string;
  /** 活动范围：0表示全部参与； 1表示部分商品参与。 */
  participate_range?: Int64;
  /** 活动开始时间。 */
  start_time?: string;
  /** 活动结束时间。 */
  end_time?: string;
}

const REQUEST_SCHEMA = {
  page_no: 'Number',
  page_size: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  total_count: 'Number',
  item_promotion_list: [
    {
      activity_id: 'Number',
      name: 'String',
      description: 'String',
      participate_range: 'Number',
      start_time: 'Date',
      end_time: 'Date',
    },
  ],
} as const satisfies ObjectSchema;

/** Static description of `taobao.promotionmisc.item.activity.list.get`: method, response root, request and response schemas. */
export const taobaoPromotionmiscItemActivityListGetOperation = {
  method: 'taobao.promotionmisc.item.activity.list.get',
  responseRoot: 'promotionmisc_item_activity_list_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询无条件单品优惠活动列表 — calls TOP method `taobao.promotionmisc.item.activity.list.get`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoPromotionmiscItemActivityListGet(
  client: TopClient,
  request: TaobaoPromotionmiscItemActivityListGetRequest,
  options?: CallOptions,
): Promise<TaobaoPromotionmiscItemActivityListGetResponse> {
  return client.call<TaobaoPromotionmiscItemActivityListGetResponse>(
    {
      method: 'taobao.promotionmisc.item.activity.list.get',
      responseRoot: 'promotionmisc_item_activity_list_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
