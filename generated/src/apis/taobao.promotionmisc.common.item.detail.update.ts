// Generated from specs/promotion/taobao.promotionmisc.common.item.detail.update.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.promotionmisc.common.item.detail.update` (修改通用单品优惠详情). */
export interface TaobaoPromotionmiscCommonItemDetailUpdateRequest {
  /** 优惠活动ID */
  activity_id: Int64Input;
  /** 优惠详情ID */
  detail_id: Int64Input;
  /** 商品ID */
  item_id: Int64Input;
  /** 优惠类型，只有两种可选值：0-减钱；1-打折 */
  promotion_type: Int64Input;
  /** 优惠力度，其值的解释方式由promotion_type定义：当为减钱时解释成减钱数量，如：900表示减9元；当为打折时解释成打折折扣，如：900表示打9折 */
  promotion_value: Int64Input;
}

/** Response of `taobao.promotionmisc.common.item.detail.update`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoPromotionmiscCommonItemDetailUpdateResponse {
  /** 是否修改成功 */
  is_success?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  activity_id: 'Number',
  detail_id: 'Number',
  item_id: 'Number',
  promotion_type: 'Number',
  promotion_value: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  is_success: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `taobao.promotionmisc.common.item.detail.update`: method, response root, request and response schemas. */
export const taobaoPromotionmiscCommonItemDetailUpdateOperation = {
  method: 'taobao.promotionmisc.common.item.detail.update',
  responseRoot: 'promotionmisc_common_item_detail_update_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 修改通用单品优惠详情 — calls TOP method `taobao.promotionmisc.common.item.detail.update`.
 *
 * 修改通用单品优惠详情。
 * 1、该接口只修改活动下参与的商品的优惠信息，如需要增加、删除活动，请调用taobao.promotionmisc.common.item.activity.add和taobao.promotionmisc.common.item.activity.delete接口；
 * 2、使用该接口时需要把未做修改的字段值也传入；
 * 3、此接口受卖家最低折扣限制，如果优惠力度大于卖家设置的最低折扣则不能修改
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoPromotionmiscCommonItemDetailUpdate(
  client: TopClient,
  request: TaobaoPromotionmiscCommonItemDetailUpdateRequest,
  options?: CallOptions,
): Promise<TaobaoPromotionmiscCommonItemDetailUpdateResponse> {
  return client.call<TaobaoPromotionmiscCommonItemDetailUpdateResponse>(
    {
      method: 'taobao.promotionmisc.common.item.detail.update',
      responseRoot: 'promotionmisc_common_item_detail_update_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
