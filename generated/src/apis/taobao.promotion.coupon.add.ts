// Generated from specs/promotion/taobao.promotion.coupon.add.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.promotion.coupon.add` (创建店铺优惠券接口). */
export interface TaobaoPromotionCouponAddRequest {
  /** 优惠券的面额，必须是3，5，10，20，50，100 */
  denominations: Int64Input;
  /** 优惠券的生效时间 */
  start_time?: DateInput;
  /** 优惠券的截止日期 */
  end_time: DateInput;
  /** 订单满多少元才能用这个优惠券，500就是满500元才能使用 */
  condition?: Int64Input;
}

/** Response of `taobao.promotion.coupon.add`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoPromotionCouponAddResponse {
  /** 优惠券的id */
  coupon_id?: Int64;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  denominations: 'Number',
  start_time: 'Date',
  end_time: 'Date',
  condition: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  coupon_id: 'Number',
} as const satisfies ObjectSchema;

/** Static description of `taobao.promotion.coupon.add`: method, response root, request and response schemas. */
export const taobaoPromotionCouponAddOperation = {
  method: 'taobao.promotion.coupon.add',
  responseRoot: 'promotion_coupon_add_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 创建店铺优惠券接口 — calls TOP method `taobao.promotion.coupon.add`.
 *
 * 创建店铺优惠券。有效期内的店铺优惠券总数量不超过50张
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoPromotionCouponAdd(
  client: TopClient,
  request: TaobaoPromotionCouponAddRequest,
  options?: CallOptions,
): Promise<TaobaoPromotionCouponAddResponse> {
  return client.call<TaobaoPromotionCouponAddResponse>(
    {
      method: 'taobao.promotion.coupon.add',
      responseRoot: 'promotion_coupon_add_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
