// Generated from specs/promotion/alibaba.wdk.coupon.abandon.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.wdk.coupon.abandon` (废券). */
export interface AlibabaWdkCouponAbandonRequest {
  /** 废券参数 */
  param_wdk_coupon_abandon_param?: AlibabaWdkCouponAbandonWdkCouponAbandonParamInput;
}

/** Response of `alibaba.wdk.coupon.abandon`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaWdkCouponAbandonResponse {
  /** 结果 */
  result?: AlibabaWdkCouponAbandonApiResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `WdkCouponAbandonParam` of `alibaba.wdk.coupon.abandon`. */
export interface AlibabaWdkCouponAbandonWdkCouponAbandonParamInput {
  /** 券涞源 写死 */
  coupon_source?: string;
  /** 优惠券模版id */
  template_id?: string;
  /** 用户id 写死 */
  user_id?: Int64Input;
  /** 卡券实例id */
  voucher_id?: Int64Input;
  /** 匿名码 */
  ma_code?: string;
}

/** `ApiResult` of `alibaba.wdk.coupon.abandon`. */
export interface AlibabaWdkCouponAbandonApiResult {
  /** 错误码 */
  err_code?: string;
  /** 错误信息 */
  err_msg?: string;
  /** 成功标志 */
  success?: boolean;
  /** 操作结果 */
  model?: boolean;
}

const REQUEST_SCHEMA = {
  param_wdk_coupon_abandon_param: {
    coupon_source: 'String',
    template_id: 'String',
    user_id: 'Number',
    voucher_id: 'Number',
    ma_code: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    err_code: 'String',
    err_msg: 'String',
    success: 'Boolean',
    model: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.wdk.coupon.abandon`: method, response root, request and response schemas. */
export const alibabaWdkCouponAbandonOperation = {
  method: 'alibaba.wdk.coupon.abandon',
  responseRoot: 'alibaba_wdk_coupon_abandon_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 废券 — calls TOP method `alibaba.wdk.coupon.abandon`.
 *
 * 优惠券废弃
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaWdkCouponAbandon(
  client: TopClient,
  request: AlibabaWdkCouponAbandonRequest = {},
  options?: CallOptions,
): Promise<AlibabaWdkCouponAbandonResponse> {
  return client.call<AlibabaWdkCouponAbandonResponse>(
    {
      method: 'alibaba.wdk.coupon.abandon',
      responseRoot: 'alibaba_wdk_coupon_abandon_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
