// Generated from specs/promotion/taobao.promotionmisc.item.activity.update.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.promotionmisc.item.activity.update` (修改无条件单品优惠活动). */
export interface TaobaoPromotionmiscItemActivityUpdateRequest {
  /** 活动id。 */
  activity_id: Int64Input;
  /**
   * 活动名称。
   *
   * Max length: 32
   */
  name: string;
  /**
   * 活动范围：0表示全部参与； 1表示部分商品参与。
   *
   * Max length: 1
   */
  participate_range: Int64Input;
  /** 活动开始时间。 */
  start_time: DateInput;
  /** 活动结束时间。 */
  end_time: DateInput;
  /** 是否指定用户标签。 */
  is_user_tag?: boolean;
  /** 用户标签。当is_user_tag为true时，该值才有意义。 */
  user_tag?: string;
  /** 是否有减钱行为。 */
  is_decrease_money?: boolean;
  /** 减多少钱。当is_decrease_money为true时，该值才有意义。注意：该值单位为分，即100表示1元。 */
  decrease_amount?: Int64Input;
  /** 是否有打折行为。 */
  is_discount?: boolean;
  /** 折扣值。当is_discount为true时，该值才有意义。注意：800表示8折。 */
  discount_rate?: Int64Input;
}

/** Response of `taobao.promotionmisc.item.activity.update`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoPromotionmiscItemActivityUpdateResponse {
  /** 修改是否成功。 */
  is_success?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  activity_id: 'Number',
  name: 'String',
  participate_range: 'Number',
  start_time: 'Date',
  end_time: 'Date',
  is_user_tag: 'Boolean',
  user_tag: 'String',
  is_decrease_money: 'Boolean',
  decrease_amount: 'Number',
  is_discount: 'Boolean',
  discount_rate: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  is_success: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `taobao.promotionmisc.item.activity.update`: method, response root, request and response schemas. */
export const taobaoPromotionmiscItemActivityUpdateOperation = {
  method: 'taobao.promotionmisc.item.activity.update',
  responseRoot: 'promotionmisc_item_activity_update_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 修改无条件单品优惠活动 — calls TOP method `taobao.promotionmisc.item.activity.update`.
 *
 * 修改无条件单品优惠活动。
 * 1、该接口只修改活动基本信息和打折信息，如需要增加、删除参与该活动的商品，请调用taobao.promotionmisc.activity.range.add和taobao.promotionmisc.activity.range.remove接口。
 * 2、使用该接口时需要同时把未做修改的字段值也传入。
 *
 * 3、该接口受店铺最低折扣限制，如优惠不生效，请让卖家检查该优惠是否低于店铺的最低折扣设置。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoPromotionmiscItemActivityUpdate(
  client: TopClient,
  request: TaobaoPromotionmiscItemActivityUpdateRequest,
  options?: CallOptions,
): Promise<TaobaoPromotionmiscItemActivityUpdateResponse> {
  return client.call<TaobaoPromotionmiscItemActivityUpdateResponse>(
    {
      method: 'taobao.promotionmisc.item.activity.update',
      responseRoot: 'promotionmisc_item_activity_update_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
