// Generated from specs/promotion/taobao.promotionmisc.mjs.activity.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.promotionmisc.mjs.activity.get` (查询满就送活动). */
export interface TaobaoPromotionmiscMjsActivityGetRequest {
  /** 活动id。 */
  activity_id: Int64Input;
}

/** Response of `taobao.promotionmisc.mjs.activity.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoPromotionmiscMjsActivityGetResponse {
  /** 满就送活动信息。 */
  mjs_promotion?: TaobaoPromotionmiscMjsActivityGetMjsPromotion;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `MjsPromotion` of `taobao.promotionmisc.mjs.activity.get`. */
export interface TaobaoPromotionmiscMjsActivityGetMjsPromotion {
  /** 活动id */
  activity_id?: Int64;
  /** 活动名称。 */
  name?: string;
  /** 活动的有效条件、人群和行为描述。 */
  description?: string;
  /** 活动类型： 1表示商品级别的活动；2表示店铺级别的活动。 */
  type?: Int64;
  /** 活动范围：0表示全部参与； 1表示部分商品参与。 */
  participate_range?: Int64;
  /** 活动开始时间。 */
  start_time?: string;
  /** 活动结束时间。 */
  end_time?: string;
  /** 是否有满元条件。 */
  is_amount_over?: boolean;
  /** 满多少元。当is_amount_over为true时，该才字段有意义。注意：单位是分，即10000表示100元。 */
  total_price?: Int64;
  /** 满元是否上不封顶。当is_amount_over为true时，该值才有意义。当该值为true时，表示满元上不封顶，例如满100元减10元，当满200时，则减20元。。。 */
  is_amount_multiple?: boolean;
  /** 是否有满件条件。 */
  is_item_count_over?: boolean;
  /** 满多少件。当is_item_count_over为true时，该值才有意义。 */
  item_count?: Int64;
  /** 满件是否上不封顶。当is_amount_multiple为true时，该值才有意义。当该值为true时，表示满件上不封顶，例如满10件减2元，当满20件时，则减4元。。。 */
  is_item_multiple?: boolean;
  /** 是否有店铺会员等级条件。 */
  is_shop_member?: boolean;
  /** 店铺会员等级，当is_shop_member为true时，该值才有意义。0：店铺客户；1：普通客户；2：高级会员；3：VIP会员； 4：至尊VIP会员。 */
  shop_member_level?: Int64;
  /** 是否指定用户标签。 */
  is_user_tag?: boolean;
  /** 用户标签。当is_user_tag为true时，该值才有意义。 */
  user_tag?: string;
  /** 是否有减钱行为。 */
  is_decrease_money?: boolean;
  /** 减多少钱。当is_decrease_money为true时，该值才有意义。注意：该值单位为分，即100表示1元。 */
  decrease_amount?: Int64;
  /** 是否有打折行为。 */
  is_discount?: boolean;
  /** 折扣值。当is_discount为true时，该值才有意义。注意：800表示8折。 */
  discount_rate?: Int64;
  /** 是否有送礼品行为。 */
  is_send_gift?: boolean;
  /** 礼品名称。当is_send_gift为true时，该值才有意义。 */
  gift_name?: string;
  /**
   * 礼品id，当is_send_gift为true时，该值才有意义。
   * 1）只有填写真实的淘宝商品id时，才能生成物流单，并且在确定订单的页面上可以点击该商品名称跳转到商品详情页面。2）当礼物为实物商品时(有宝贝id),礼物必须为上架商品,不能为虚拟商品,不能为拍卖商品,不能有sku,不符合条件的,不做为礼物。
   */
  gift_id?: Int64;
  /** 商品详情的url，当is_send_gift为true时，该值才有效。 */
  gift_url?: string;
  /** 是否有免邮行为。 */
  is_free_post?: boolean;
  /** 免邮的排除地区，即，除指定地区外，其他地区包邮。当is_free_post为true时，该值才有意义。代码使用*链接，代码为行政区划代码。 */
  exclude_area?: string;
}

const REQUEST_SCHEMA = {
  activity_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  mjs_promotion: {
    activity_id: 'Number',
    name: 'String',
    description: 'String',
    type: 'Number',
    participate_range: 'Number',
    start_time: 'Date',
    end_time: 'Date',
    is_amount_over: 'Boolean',
    total_price: 'Number',
    is_amount_multiple: 'Boolean',
    is_item_count_over: 'Boolean',
    item_count: 'Number',
    is_item_multiple: 'Boolean',
    is_shop_member: 'Boolean',
    shop_member_level: 'Number',
    is_user_tag: 'Boolean',
    user_tag: 'String',
    is_decrease_money: 'Boolean',
    decrease_amount: 'Number',
    is_discount: 'Boolean',
    discount_rate: 'Number',
    is_send_gift: 'Boolean',
    gift_name: 'String',
    gift_id: 'Number',
    gift_url: 'String',
    is_free_post: 'Boolean',
    exclude_area: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.promotionmisc.mjs.activity.get`: method, response root, request and response schemas. */
export const taobaoPromotionmiscMjsActivityGetOperation = {
  method: 'taobao.promotionmisc.mjs.activity.get',
  responseRoot: 'promotionmisc_mjs_activity_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询满就送活动 — calls TOP method `taobao.promotionmisc.mjs.activity.get`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoPromotionmiscMjsActivityGet(
  client: TopClient,
  request: TaobaoPromotionmiscMjsActivityGetRequest,
  options?: CallOptions,
): Promise<TaobaoPromotionmiscMjsActivityGetResponse> {
  return client.call<TaobaoPromotionmiscMjsActivityGetResponse>(
    {
      method: 'taobao.promotionmisc.mjs.activity.get',
      responseRoot: 'promotionmisc_mjs_activity_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
