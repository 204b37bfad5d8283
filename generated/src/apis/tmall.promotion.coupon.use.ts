// Generated from specs/promotion/tmall.promotion.coupon.use.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.promotion.coupon.use` (券核销接口). */
export interface TmallPromotionCouponUseRequest {
  /** 业务类型 */
  biz_type?: string;
  /** buyer_id、buyer_nick至少填一个， 都填写以id为准 */
  buyer_id?: string;
  /** buyer_id、buyer_nick至少填一个， 都填写以id为准 */
  buyer_nick?: string;
  /** 商家id */
  seller_id?: string;
  /** 优惠券id */
  coupon_id?: string;
  /** 扩展字段 */
  extra?: string | Record<string, unknown>;
}

/** Response of `tmall.promotion.coupon.use`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallPromotionCouponUseResponse {
  /** data */
  data?: TmallPromotionCouponUseUseResultDo;
  /** resultCode */
  result_code?: string;
  /** errorMsg */
  error_msg?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `UseResultDo` of `tmall.promotion.coupon.use`. */
export interface TmallPromotionCouponUseUseResultDo {
  /** isUsed */
  is_used?: boolean;
}

const REQUEST_SCHEMA = {
  biz_type: 'String',
  buyer_id: 'String',
  buyer_nick: 'String',
  seller_id: 'String',
  coupon_id: 'String',
  extra: 'Json',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  data: {
    is_used: 'Boolean',
  },
  result_code: 'String',
  error_msg: 'String',
} as const satisfies ObjectSchema;

/** Static description of `tmall.promotion.coupon.use`: method, response root, request and response schemas. */
export const tmallPromotionCouponUseOperation = {
  method: 'tmall.promotion.coupon.use',
  responseRoot: 'tmall_promotion_coupon_use_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 券核销接口 — calls TOP method `tmall.promotion.coupon.use`.
 *
 * 核销用户的一张优惠券，返回核销结果
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallPromotionCouponUse(
  client: TopClient,
  request: TmallPromotionCouponUseRequest = {},
  options?: CallOptions,
): Promise<TmallPromotionCouponUseResponse> {
  return client.call<TmallPromotionCouponUseResponse>(
    {
      method: 'tmall.promotion.coupon.use',
      responseRoot: 'tmall_promotion_coupon_use_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
