// Generated from specs/promotion/tmall.promotion.coupon.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.promotion.coupon.query` (查询可用优惠券列表). */
export interface TmallPromotionCouponQueryRequest {
  /** 业务类型 */
  biz_type: string;
  /** buyer_id、buyer_nick至少填一个， 都填写以id为准 */
  buyer_id?: string;
  /** buyer_id、buyer_nick至少填一个， 都填写以id为准 */
  buyer_nick?: string;
  /** 扩展字段 */
  extra?: string | Record<string, unknown>;
}

/** Response of `tmall.promotion.coupon.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallPromotionCouponQueryResponse {
  /** result */
  result?: TmallPromotionCouponQueryResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `tmall.promotion.coupon.query`. */
export interface TmallPromotionCouponQueryResult {
  /** data */
  data_list?: TmallPromotionCouponQueryData[];
  /** errorMsg */
  error_msg?: string;
  /** resultCode */
  result_code?: string;
}

/** `Data` of `tmall.promotion.coupon.query`. */
export interface TmallPromotionCouponQueryData {
  /** discount */
  discount?: string;
  /** startFee */
  start_fee?: string;
  /** couponName */
  coupon_name?: string;
  /** endTime */
  end_time?: string;
  /** startTime */
  start_time?: string;
  /** supplierId */
  supplier_id?: string;
  /** couponTemplateId */
  coupon_template_id?: string;
  /** id */
  id?: string;
}

const REQUEST_SCHEMA = {
  biz_type: 'String',
  buyer_id: 'String',
  buyer_nick: 'String',
  extra: 'Json',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    data_list: [
      {
        discount: 'String',
        start_fee: 'String',
        coupon_name: 'String',
        end_time: 'Date',
        start_time: 'Date',
        supplier_id: 'String',
        coupon_template_id: 'String',
        id: 'String',
      },
    ],
    error_msg: 'String',
    result_code: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `tmall.promotion.coupon.query`: method, response root, request and response schemas. */
export const tmallPromotionCouponQueryOperation = {
  method: 'tmall.promotion.coupon.query',
  responseRoot: 'tmall_promotion_coupon_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询可用优惠券列表 — calls TOP method `tmall.promotion.coupon.query`.
 *
 * 查询用户的可用优惠券列表，仅包含优惠券基本信息和用户nick
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallPromotionCouponQuery(
  client: TopClient,
  request: TmallPromotionCouponQueryRequest,
  options?: CallOptions,
): Promise<TmallPromotionCouponQueryResponse> {
  return client.call<TmallPromotionCouponQueryResponse>(
    {
      method: 'tmall.promotion.coupon.query',
      responseRoot: 'tmall_promotion_coupon_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
