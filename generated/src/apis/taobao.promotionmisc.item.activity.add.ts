// Generated from specs/promotion/taobao.promotionmisc.item.activity.add.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.promotionmisc.item.activity.add` (创建无条件单品优惠活动). */
export interface TaobaoPromotionmiscItemActivityAddRequest {
  /**
   * 活动名称，超过5个汉字时，商品详情中显示的优惠名称为：卖家优惠。
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

/** Response of `taobao.promotionmisc.item.activity.add`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoPromotionmiscItemActivityAddResponse {
  /** 是否保存成功。 */
  is_success?: boolean;
  /** 活动id。 */
  activity_id?: Int64;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
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
  activity_id: 'Number',
} as const satisfies ObjectSchema;

/** Static description of `taobao.promotionmisc.item.activity.add`: method, response root, request and response schemas. */
export const taobaoPromotionmiscItemActivityAddOperation = {
  method: 'taobao.promotionmisc.item.activity.add',
  responseRoot: 'promotionmisc_item_activity_add_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 创建无条件单品优惠活动 — calls TOP method `taobao.promotionmisc.item.activity.add`.
 *
 * 创建无条件单品优惠活动。1、可以选择是全店参加或者部分商品参加：participate_range：0表示全部参与； 1表示部分商品参与。
 * 2、如果是部分商品参加，则需要通过taobao.promotionmisc.activity.range.add接口来指定需要参加的商品。
 * 3、该接口创建的优惠受店铺最低折扣限制，如优惠不生效，请让卖家检查该优惠是否低于店铺的最低折扣设置。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoPromotionmiscItemActivityAdd(
  client: TopClient,
  request: TaobaoPromotionmiscItemActivityAddRequest,
  options?: CallOptions,
): Promise<TaobaoPromotionmiscItemActivityAddResponse> {
  return client.call<TaobaoPromotionmiscItemActivityAddResponse>(
    {
      method: 'taobao.promotionmisc.item.activity.add',
      responseRoot: 'promotionmisc_item_activity_add_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
