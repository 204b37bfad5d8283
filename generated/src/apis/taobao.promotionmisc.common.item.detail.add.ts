// Generated from specs/promotion/taobao.promotionmisc.common.item.detail.add.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.promotionmisc.common.item.detail.add` (创建通用单品优惠详情). */
export interface TaobaoPromotionmiscCommonItemDetailAddRequest {
  /** 优惠活动ID */
  activity_id: Int64Input;
  /** 商品ID */
  item_id: Int64Input;
  /** 优惠类型，只有两种可选值：0-减钱；1-打折 */
  promotion_type: Int64Input;
  /** 优惠力度，其值的解释方式由promotion_type定义：当为减钱时解释成减钱数量，如：900表示减9元；当为打折时解释成打折折扣，如：900表示打9折 */
  promotion_value: Int64Input;
}

/** Response of `taobao.promotionmisc.common.item.detail.add`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoPromotionmiscCommonItemDetailAddResponse {
  /** 优惠详情ID */
  detail_id?: Int64;
  /** 是否创建成功 */
  is_success?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  activity_id: 'Number',
  item_id: 'Number',
  promotion_type: 'Number',
  promotion_value: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  detail_id: 'Number',
  is_success: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `taobao.promotionmisc.common.item.detail.add`: method, response root, request and response schemas. */
export const taobaoPromotionmiscCommonItemDetailAddOperation = {
  method: 'taobao.promotionmisc.common.item.detail.add',
  responseRoot: 'promotionmisc_common_item_detail_add_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 创建通用单品优惠详情 — calls TOP method `taobao.promotionmisc.common.item.detail.add`.
 *
 * 创建通用单品优惠详情。
 * 1、使用此接口在指定的优惠活动下创建参与的商品的优惠信息，如还未创建活动，需要先使用接口taobao.promotionmisc.common.item.activity.add创建优惠活动；
 * 2、同一卖家同一活动下的优惠详情数量限制为150个，超过限制需先调用taobao.promotionmisc.common.item.detail.delete接口删除无用的详情后才可再创建新的优惠详情；
 * 3、此接口受卖家最低折扣限制，如果优惠力度大于卖家设置的最低折扣则不能创建
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoPromotionmiscCommonItemDetailAdd(
  client: TopClient,
  request: TaobaoPromotionmiscCommonItemDetailAddRequest,
  options?: CallOptions,
): Promise<TaobaoPromotionmiscCommonItemDetailAddResponse> {
  return client.call<TaobaoPromotionmiscCommonItemDetailAddResponse>(
    {
      method: 'taobao.promotionmisc.common.item.detail.add',
      responseRoot: 'promotionmisc_common_item_detail_add_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
