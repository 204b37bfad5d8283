// Generated from specs/promotion/taobao.promotion.coupon.apply.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.promotion.coupon.apply` (优惠券领取). */
export interface TaobaoPromotionCouponApplyRequest {
  /** 卖家id */
  seller_id: string;
  /** 传播id */
  spread_id: string;
}

/** Response of `taobao.promotion.coupon.apply`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoPromotionCouponApplyResponse {
  /** 失败详细描述 */
  error_msg?: string;
  /** 领取结果，领取成功为true，否则为false */
  apply_result?: boolean;
  /** 接口调用结果，调用成功为true，否则为false */
  invoke_result?: boolean;
  /** 调用错误码，只有调用失败的时候才会有 */
  result_code?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  seller_id: 'String',
  spread_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  error_msg: 'String',
  apply_result: 'Boolean',
  invoke_result: 'Boolean',
  result_code: 'String',
} as const satisfies ObjectSchema;

/** Static description of `taobao.promotion.coupon.apply`: method, response root, request and response schemas. */
export const taobaoPromotionCouponApplyOperation = {
  method: 'taobao.promotion.coupon.apply',
  responseRoot: 'promotion_coupon_apply_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 优惠券领取 — calls TOP method `taobao.promotion.coupon.apply`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoPromotionCouponApply(
  client: TopClient,
  request: TaobaoPromotionCouponApplyRequest,
  options?: CallOptions,
): Promise<TaobaoPromotionCouponApplyResponse> {
  return client.call<TaobaoPromotionCouponApplyResponse>(
    {
      method: 'taobao.promotion.coupon.apply',
      responseRoot: 'promotion_coupon_apply_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
