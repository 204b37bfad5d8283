// Generated from specs/tmalltrend/tmall.brand.item.coupon.protect.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.brand.item.coupon.protect` (全域新品店铺优惠券免除). */
export interface TmallBrandItemCouponProtectRequest {
  /** 天猫商品id */
  item_id: Int64Input;
  /** 店铺优惠券新品保护期档次:PERIOD_0D("0天"), PERIOD_7D("7天"), PERIOD_14D("14天"), PERIOD_21D("21天") */
  protection_period: string;
  /** 天猫品牌id */
  brand_id: Int64Input;
}

/** Response of `tmall.brand.item.coupon.protect`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallBrandItemCouponProtectResponse {
  /** 店铺优惠券保护期设置是否成功 */
  resp_success?: boolean;
  /** 错误信息 */
  error_msg?: string;
  /** 返回结果 */
  value?: string;
  /** 错误码 */
  resp_error_code?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  item_id: 'Number',
  protection_period: 'String',
  brand_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  resp_success: 'Boolean',
  error_msg: 'String',
  value: 'String',
  resp_error_code: 'String',
} as const satisfies ObjectSchema;

/** Static description of `tmall.brand.item.coupon.protect`: method, response root, request and response schemas. */
export const tmallBrandItemCouponProtectOperation = {
  method: 'tmall.brand.item.coupon.protect',
  responseRoot: 'tmall_brand_item_coupon_protect_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 全域新品店铺优惠券免除 — calls TOP method `tmall.brand.item.coupon.protect`.
 *
 * 全域新品店铺优惠券免除申请打标接口
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallBrandItemCouponProtect(
  client: TopClient,
  request: TmallBrandItemCouponProtectRequest,
  options?: CallOptions,
): Promise<TmallBrandItemCouponProtectResponse> {
  return client.call<TmallBrandItemCouponProtectResponse>(
    {
      method: 'tmall.brand.item.coupon.protect',
      responseRoot: 'tmall_brand_item_coupon_protect_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
