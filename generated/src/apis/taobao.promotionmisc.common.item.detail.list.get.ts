// Generated from specs/promotion/taobao.promotionmisc.common.item.detail.list.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.promotionmisc.common.item.detail.list.get` (查询通用单品优惠详情列表). */
export interface TaobaoPromotionmiscCommonItemDetailListGetRequest {
  /** 优惠活动ID */
  activity_id: Int64Input;
  /** 分页页码，页码从1开始 */
  page_no: Int64Input;
  /** 分页大小，不能超过50 */
  page_size: Int64Input;
}

/** Response of `taobao.promotionmisc.common.item.detail.list.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoPromotionmiscCommonItemDetailListGetResponse {
  /** 活动详情列表 */
  detail_list?: TaobaoPromotionmiscCommonItemDetailListGetCommonItemDetail[];
  /** 是否查询成功 */
  is_success?: boolean;
  /** 数据总数量 */
  total_count?: Int64;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `CommonItemDetail` of `taobao.promotionmisc.common.item.detail.list.get`. */
export interface TaobaoPromotionmiscCommonItemDetailListGetCommonItemDetail {
  /** 优惠活动ID */
  activity_id?: Int64;
  /** 优惠详情ID */
  detail_id?: Int64;
  /** 商品ID */
  item_id?: Int64;
  /** 优惠类型，只有两种可选值：0-减钱；1-打折 */
  promotion_type?: Int64;
  /** 优惠力度，其值的解释方式由promotion_type定义：当为减钱时解释成减钱数量，如：900表示减9元；当为打折时解释成打折折扣，如：900表示打9折 */
  promotion_value?: Int64;
}

const REQUEST_SCHEMA = {
  activity_id: 'Number',
  page_no: 'Number',
  page_size: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  detail_list: [
    {
      activity_id: 'Number',
      detail_id: 'Number',
      item_id: 'Number',
      promotion_type: 'Number',
      promotion_value: 'Number',
    },
  ],
  is_success: 'Boolean',
  total_count: 'Number',
} as const satisfies ObjectSchema;

/** Static description of `taobao.promotionmisc.common.item.detail.list.get`: method, response root, request and response schemas. */
export const taobaoPromotionmiscCommonItemDetailListGetOperation = {
  method: 'taobao.promotionmisc.common.item.detail.list.get',
  responseRoot: 'promotionmisc_common_item_detail_list_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询通用单品优惠详情列表 — calls TOP method `taobao.promotionmisc.common.item.detail.list.get`.
 *
 * 查询通用单品优惠详情列表。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoPromotionmiscCommonItemDetailListGet(
  client: TopClient,
  request: TaobaoPromotionmiscCommonItemDetailListGetRequest,
  options?: CallOptions,
): Promise<TaobaoPromotionmiscCommonItemDetailListGetResponse> {
  return client.call<TaobaoPromotionmiscCommonItemDetailListGetResponse>(
    {
      method: 'taobao.promotionmisc.common.item.detail.list.get',
      responseRoot: 'promotionmisc_common_item_detail_list_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
