// Generated from specs/promotion/taobao.promotion.activity.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.promotion.activity.get` (查询某个卖家的店铺优惠券领取活动). */
export interface TaobaoPromotionActivityGetRequest {
  /** 活动的id */
  activity_id?: Int64Input;
}

/** Response of `taobao.promotion.activity.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoPromotionActivityGetResponse {
  /** 活动列表 */
  activitys?: TaobaoPromotionActivityGetActivity[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Activity` of `taobao.promotion.activity.get`. */
export interface TaobaoPromotionActivityGetActivity {
  /** 活动id */
  activity_id?: Int64;
  /** 活动对应的优惠券ID */
  coupon_id?: Int64;
  /** 卖家设置优惠券领取的总领用量 */
  total_count?: Int64;
  /** 已经领取的优惠券的数量 */
  applied_count?: Int64;
  /** 每个买家限领取优惠券的数量，1～5张 */
  person_limit_count?: Int64;
  /** enabled代表有效，invalid代表失效。other代表空值 */
  status?: string;
  /** 领用优惠券的链接 */
  activity_url?: string;
  /** self代表自己创建，other他人创建 */
  create_user?: string;
}

const REQUEST_SCHEMA = {
  activity_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  activitys: [
    {
      activity_id: 'Number',
      coupon_id: 'Number',
      total_count: 'Number',
      applied_count: 'Number',
      person_limit_count: 'Number',
      status: 'String',
      activity_url: 'String',
      create_user: 'String',
    },
  ],
} as const satisfies ObjectSchema;

/** Static description of `taobao.promotion.activity.get`: method, response root, request and response schemas. */
export const taobaoPromotionActivityGetOperation = {
  method: 'taobao.promotion.activity.get',
  responseRoot: 'promotion_activity_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询某个卖家的店铺优惠券领取活动 — calls TOP method `taobao.promotion.activity.get`.
 *
 * 查询某个卖家的店铺优惠券领取活动
 * 返回，优惠券领取活动ID，优惠券ID，总领用量，每人限领量，已领取数量
 * 领取活动状态，优惠券领取链接
 * 最多50个优惠券
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoPromotionActivityGet(
  client: TopClient,
  request: TaobaoPromotionActivityGetRequest = {},
  options?: CallOptions,
): Promise<TaobaoPromotionActivityGetResponse> {
  return client.call<TaobaoPromotionActivityGetResponse>(
    {
      method: 'taobao.promotion.activity.get',
      responseRoot: 'promotion_activity_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
