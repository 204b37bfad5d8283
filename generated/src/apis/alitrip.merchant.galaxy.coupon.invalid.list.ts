// Generated from specs/alitripmerchant/alitrip.merchant.galaxy.coupon.invalid.list.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.merchant.galaxy.coupon.invalid.list` (用户失效优惠券列表). */
export interface AlitripMerchantGalaxyCouponInvalidListRequest {
  /** 租户id */
  tenant_key: string;
  /** 用户token */
  token?: string;
}

/** Response of `alitrip.merchant.galaxy.coupon.invalid.list`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripMerchantGalaxyCouponInvalidListResponse {
  /** 默认描述 */
  result?: AlitripMerchantGalaxyCouponInvalidListResponse2;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Response` of `alitrip.merchant.galaxy.coupon.invalid.list`. */
export interface AlitripMerchantGalaxyCouponInvalidListResponse2 {
  /** 是否成功 */
  success?: boolean;
  /** 错误编码 */
  error_code?: string;
  /** 优惠券详情 */
  contents?: AlitripMerchantGalaxyCouponInvalidListCouponInfo[];
  /** 错误信息 */
  error_msg?: string;
}

/** `CouponInfo` of `alitrip.merchant.galaxy.coupon.invalid.list`. */
export interface AlitripMerchantGalaxyCouponInvalidListCouponInfo {
  /** 使用描述 */
  detail_desc?: string;
  /** 优惠券名称 */
  coupon_name?: string;
  /** 到期日期 */
  expired_time_min?: string;
  /** 面额(减免额度) 元 */
  discount_amount?: string;
  /** 使用条件描述 */
  condition_desc?: string;
  /** 状态 */
  status?: string;
}

const REQUEST_SCHEMA = {
  tenant_key: 'String',
  token: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    error_code: 'String',
    contents: [
      {
        detail_desc: 'String',
        coupon_name: 'String',
        expired_time_min: 'String',
        discount_amount: 'String',
        condition_desc: 'String',
        status: 'String',
      },
    ],
    error_msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alitrip.merchant.galaxy.coupon.invalid.list`: method, response root, request and response schemas. */
export const alitripMerchantGalaxyCouponInvalidListOperation = {
  method: 'alitrip.merchant.galaxy.coupon.invalid.list',
  responseRoot: 'alitrip_merchant_galaxy_coupon_invalid_list_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 用户失效优惠券列表 — calls TOP method `alitrip.merchant.galaxy.coupon.invalid.list`.
 *
 * 雅高小程序用户失效优惠券列表
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripMerchantGalaxyCouponInvalidList(
  client: TopClient,
  request: AlitripMerchantGalaxyCouponInvalidListRequest,
  options?: CallOptions,
): Promise<AlitripMerchantGalaxyCouponInvalidListResponse> {
  return client.call<AlitripMerchantGalaxyCouponInvalidListResponse>(
    {
      method: 'alitrip.merchant.galaxy.coupon.invalid.list',
      responseRoot: 'alitrip_merchant_galaxy_coupon_invalid_list_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
