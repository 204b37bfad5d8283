// Generated from specs/shop/alibaba.shop.coupon.apply.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.shop.coupon.apply` (通用店铺券领券接口). */
export interface AlibabaShopCouponApplyRequest {
  /** 券的uuid */
  uuid: string;
  /** 买家的openId */
  open_id: string;
}

/** Response of `alibaba.shop.coupon.apply`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaShopCouponApplyResponse {
  /** 返回结果 */
  result?: AlibabaShopCouponApplyResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `alibaba.shop.coupon.apply`. */
export interface AlibabaShopCouponApplyResult {
  /** 错误描述 */
  error_message?: string;
  /** 错误码 */
  error_code?: string;
  /** 操作成功或者失败 */
  success?: boolean;
}

const REQUEST_SCHEMA = {
  uuid: 'String',
  open_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    error_message: 'String',
    error_code: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.shop.coupon.apply`: method, response root, request and response schemas. */
export const alibabaShopCouponApplyOperation = {
  method: 'alibaba.shop.coupon.apply',
  responseRoot: 'alibaba_shop_coupon_apply_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 通用店铺券领券接口 — calls TOP method `alibaba.shop.coupon.apply`.
 *
 * 店铺小部件和模块开发的isv通用店铺券领券接口
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaShopCouponApply(
  client: TopClient,
  request: AlibabaShopCouponApplyRequest,
  options?: CallOptions,
): Promise<AlibabaShopCouponApplyResponse> {
  return client.call<AlibabaShopCouponApplyResponse>(
    {
      method: 'alibaba.shop.coupon.apply',
      responseRoot: 'alibaba_shop_coupon_apply_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
