// Generated from specs/promotion/taobao.promotion.coupons.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.promotion.coupons.get` (查询卖家优惠券). */
export interface TaobaoPromotionCouponsGetRequest {
  /** 优惠券的id，唯一标识这个优惠券 */
  coupon_id?: Int64Input;
  /** 优惠券的截止日期 */
  end_time?: DateInput;
  /** 优惠券的面额，必须是3，5，10，20，50,100 */
  denominations?: Int64Input;
  /** 查询的页号，结果集是分页返回的，每页20条 */
  page_no?: Int64Input;
  /**
   * 每页条数
   *
   * Max length: 20
   */
  page_size?: Int64Input;
}

/** Response of `taobao.promotion.coupons.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoPromotionCouponsGetResponse {
  /** 查询的总数量 */
  total_results?: Int64;
  /** 优惠券列表 */
  coupons?: TaobaoPromotionCouponsGetCoupon[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Coupon` of `taobao.promotion.coupons.get`. */
export interface TaobaoPromotionCouponsGetCoupon {
  /** 优惠券ID */
  coupon_id?: Int64;
  /** 优惠券的面值，返回的是“分”，不是“元”，500代表500分相当于5元 */
  denominations?: Int64;
  /** 优惠券创建时间 */
  creat_time?: string;
  /** 优惠券的截止日期 */
  end_time?: string;
  /** 订单满多少分才能用这个优惠券，501就是满501分能使用。注意：返回的是“分”，不是“元” */
  condition?: Int64;
  /** 优惠券的创建渠道，自己创建/他人创建 */
  create_channel?: string;
}

const REQUEST_SCHEMA = {
  coupon_id: 'Number',
  end_time: 'Date',
  denominations: 'Number',
  page_no: 'Number',
  page_size: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  total_results: 'Number',
  coupons: [
    {
      coupon_id: 'Number',
      denominations: 'Number',
      creat_time: 'Date',
      end_time: 'Date',
      condition: 'Number',
      create_channel: 'String',
    },
  ],
} as const satisfies ObjectSchema;

/** Static description of `taobao.promotion.coupons.get`: method, response root, request and response schemas. */
export const taobaoPromotionCouponsGetOperation = {
  method: 'taobao.promotion.coupons.get',
  responseRoot: 'promotion_coupons_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询卖家优惠券 — calls TOP method `taobao.promotion.coupons.get`.
 *
 * 查询卖家已经创建的优惠券，接口返回信息：优惠券ID，面值，创建时间，有效期，使用条件，使用渠道，创建渠道，优惠券总数量
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoPromotionCouponsGet(
  client: TopClient,
  request: TaobaoPromotionCouponsGetRequest = {},
  options?: CallOptions,
): Promise<TaobaoPromotionCouponsGetResponse> {
  return client.call<TaobaoPromotionCouponsGetResponse>(
    {
      method: 'taobao.promotion.coupons.get',
      responseRoot: 'promotion_coupons_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
