// Generated from specs/promotion/alibaba.wdk.coupon.template.terminate.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.wdk.coupon.template.terminate` (优惠券模版终止). */
export interface AlibabaWdkCouponTemplateTerminateRequest {
  /** 参数 */
  param_coupon_template_terminate_request?: AlibabaWdkCouponTemplateTerminateCouponTemplateTerminateRequestInput;
}

/** Response of `alibaba.wdk.coupon.template.terminate`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaWdkCouponTemplateTerminateResponse {
  /** 结果 */
  result?: AlibabaWdkCouponTemplateTerminateApiResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `CouponTemplateTerminateRequest` of `alibaba.wdk.coupon.template.terminate`. */
export interface AlibabaWdkCouponTemplateTerminateCouponTemplateTerminateRequestInput {
  /** ump模板ID */
  source_id?: Int64Input;
  /** 用户信息 */
  user_info?: AlibabaWdkCouponTemplateTerminateUserInfoInput;
}

/** `UserInfo` of `alibaba.wdk.coupon.template.terminate`. */
export interface AlibabaWdkCouponTemplateTerminateUserInfoInput {
  /** 来源 */
  source?: string;
  /** 用户id */
  user_id?: Int64Input;
  /** 用户名 */
  user_name?: string;
}

/** `ApiResult` of `alibaba.wdk.coupon.template.terminate`. */
export interface AlibabaWdkCouponTemplateTerminateApiResult {
  /** 错误码 */
  err_code?: string;
  /** 错误信息 */
  err_msg?: string;
  /** 返回 */
  model?: string;
  /** 成功标志 */
  success?: boolean;
}

const REQUEST_SCHEMA = {
  param_coupon_template_terminate_request: {
    source_id: 'Number',
    user_info: {
      source: 'String',
      user_id: 'Number',
      user_name: 'String',
    },
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    err_code: 'String',
    err_msg: 'String',
    model: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.wdk.coupon.template.terminate`: method, response root, request and response schemas. */
export const alibabaWdkCouponTemplateTerminateOperation = {
  method: 'alibaba.wdk.coupon.template.terminate',
  responseRoot: 'alibaba_wdk_coupon_template_terminate_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 优惠券模版终止 — calls TOP method `alibaba.wdk.coupon.template.terminate`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaWdkCouponTemplateTerminate(
  client: TopClient,
  request: AlibabaWdkCouponTemplateTerminateRequest = {},
  options?: CallOptions,
): Promise<AlibabaWdkCouponTemplateTerminateResponse> {
  return client.call<AlibabaWdkCouponTemplateTerminateResponse>(
    {
      method: 'alibaba.wdk.coupon.template.terminate',
      responseRoot: 'alibaba_wdk_coupon_template_terminate_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
