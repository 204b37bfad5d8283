// Generated from specs/icbuseller/alibaba.seller.coupon.auth.verify.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.seller.coupon.auth.verify` (优惠券校验). */
export interface AlibabaSellerCouponAuthVerifyRequest {
  /** 服务代码 */
  service_code: string;
  /** 卡券验证码 */
  coupon_seq_number: string;
}

/** Response of `alibaba.seller.coupon.auth.verify`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaSellerCouponAuthVerifyResponse {
  /** 获取是否验证成功 */
  result?: AlibabaSellerCouponAuthVerifyResultDto;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ResultDto` of `alibaba.seller.coupon.auth.verify`. */
export interface AlibabaSellerCouponAuthVerifyResultDto {
  /** 是否正常返回 */
  success?: boolean;
  /** 是否验证通过 */
  dto?: boolean;
  /** 返回码 */
  return_code?: Int64;
  /** 验证失败结果 */
  exec_description?: string;
}

const REQUEST_SCHEMA = {
  service_code: 'String',
  coupon_seq_number: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    dto: 'Boolean',
    return_code: 'Number',
    exec_description: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.seller.coupon.auth.verify`: method, response root, request and response schemas. */
export const alibabaSellerCouponAuthVerifyOperation = {
  method: 'alibaba.seller.coupon.auth.verify',
  responseRoot: 'alibaba_seller_coupon_auth_verify_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 优惠券校验 — calls TOP method `alibaba.seller.coupon.auth.verify`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaSellerCouponAuthVerify(
  client: TopClient,
  request: AlibabaSellerCouponAuthVerifyRequest,
  options?: CallOptions,
): Promise<AlibabaSellerCouponAuthVerifyResponse> {
  return client.call<AlibabaSellerCouponAuthVerifyResponse>(
    {
      method: 'alibaba.seller.coupon.auth.verify',
      responseRoot: 'alibaba_seller_coupon_auth_verify_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
