// Generated from specs/promotion/taobao.mobile.promotion.coupon.apply.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.mobile.promotion.coupon.apply` (优惠券领取(手淘专用)). */
export interface TaobaoMobilePromotionCouponApplyRequest {
  /** 请求唯一id，问题排查 */
  trace_id: string;
  /** 传播id */
  spread_id: Int64Input;
  /** 广播id */
  feed_id: string;
  /** 三方活动id */
  biz_id: string;
}

/** Response of `taobao.mobile.promotion.coupon.apply`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoMobilePromotionCouponApplyResponse {
  /** 优惠券领取结果 */
  coupon_apply_result?: TaobaoMobilePromotionCouponApplyCouponApplyResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `CouponApplyResult` of `taobao.mobile.promotion.coupon.apply`. */
export interface TaobaoMobilePromotionCouponApplyCouponApplyResult {
  /** 请求唯一id，问题排查 */
  trace_id?: string;
  /** 领取结果，领取成功为true，否则为false */
  apply_success?: boolean;
}

const REQUEST_SCHEMA = {
  trace_id: 'String',
  spread_id: 'Number',
  feed_id: 'String',
  biz_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  coupon_apply_result: {
    trace_id: 'String',
    apply_success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.mobile.promotion.coupon.apply`: method, response root, request and response schemas. */
export const taobaoMobilePromotionCouponApplyOperation = {
  method: 'taobao.mobile.promotion.coupon.apply',
  responseRoot: 'mobile_promotion_coupon_apply_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 优惠券领取(手淘专用) — calls TOP method `taobao.mobile.promotion.coupon.apply`.
 *
 * 优惠券领取
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoMobilePromotionCouponApply(
  client: TopClient,
  request: TaobaoMobilePromotionCouponApplyRequest,
  options?: CallOptions,
): Promise<TaobaoMobilePromotionCouponApplyResponse> {
  return client.call<TaobaoMobilePromotionCouponApplyResponse>(
    {
      method: 'taobao.mobile.promotion.coupon.apply',
      responseRoot: 'mobile_promotion_coupon_apply_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
