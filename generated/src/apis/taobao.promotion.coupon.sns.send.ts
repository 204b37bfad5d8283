// Generated from specs/promotion/taobao.promotion.coupon.sns.send.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.promotion.coupon.sns.send` (微淘粉丝店铺优惠券发放接口). */
export interface TaobaoPromotionCouponSnsSendRequest {
  /** 优惠券的id */
  coupon_id: Int64Input;
  /**
   * 买家昵称用半角','号分割
   *
   * Max list size: 100
   */
  buyer_nick?: string[];
  /**
   * asd
   *
   * Max list size: 999
   */
  open_uids?: string[];
}

/** Response of `taobao.promotion.coupon.sns.send`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoPromotionCouponSnsSendResponse {
  /** 没有发送成功的买家 */
  failure_buyers?: TaobaoPromotionCouponSnsSendErrorMessage[];
  /** 发送成功的买家的昵称和优惠券的number */
  coupon_results?: TaobaoPromotionCouponSnsSendCouponResult[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ErrorMessage` of `taobao.promotion.coupon.sns.send`. */
export interface TaobaoPromotionCouponSnsSendErrorMessage {
  /** 买家昵称 */
  buyer_nick?: string;
  /** 发送失败的原因 */
  reason?: string;
  /** asas */
  open_uid?: string;
}

/** `CouponResult` of `taobao.promotion.coupon.sns.send`. */
export interface TaobaoPromotionCouponSnsSendCouponResult {
  /** 已经发放优惠券的编号 */
  coupon_number?: Int64;
  /** 张三 */
  buyer_nick?: string;
  /** asasa */
  open_uid?: string;
}

const REQUEST_SCHEMA = {
  coupon_id: 'Number',
  buyer_nick: ['String'],
  open_uids: ['String'],
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  failure_buyers: [
    {
      buyer_nick: 'String',
      reason: 'String',
      open_uid: 'String',
    },
  ],
  coupon_results: [
    {
      coupon_number: 'Number',
      buyer_nick: 'String',
      open_uid: 'String',
    },
  ],
} as const satisfies ObjectSchema;

/** Static description of `taobao.promotion.coupon.sns.send`: method, response root, request and response schemas. */
export const taobaoPromotionCouponSnsSendOperation = {
  method: 'taobao.promotion.coupon.sns.send',
  responseRoot: 'promotion_coupon_sns_send_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 微淘粉丝店铺优惠券发放接口 — calls TOP method `taobao.promotion.coupon.sns.send`.
 *
 * 通过接口批量发放店铺优惠券（每次只能发送100张，只能发给当前授权卖家店铺的微淘粉丝），发送成功则返回为空，发送失败则返回失败的买家列表和发送成功的买家和优惠券的number。注：如果所有买家都发放失败的话，is_success也为true，建议调用者根据返回的集合判断是否送入的买家都发放成功了
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoPromotionCouponSnsSend(
  client: TopClient,
  request: TaobaoPromotionCouponSnsSendRequest,
  options?: CallOptions,
): Promise<TaobaoPromotionCouponSnsSendResponse> {
  return client.call<TaobaoPromotionCouponSnsSendResponse>(
    {
      method: 'taobao.promotion.coupon.sns.send',
      responseRoot: 'promotion_coupon_sns_send_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
