// Generated from specs/promotion/alibaba.wdk.coupon.spread.apply.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.wdk.coupon.spread.apply` (普通发券). */
export interface AlibabaWdkCouponSpreadApplyRequest {
  /** 参数对象 */
  param_wdk_coupon_apply_param?: AlibabaWdkCouponSpreadApplyWdkCouponApplyParamInput;
}

/** Response of `alibaba.wdk.coupon.spread.apply`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaWdkCouponSpreadApplyResponse {
  /** 结果 */
  result?: AlibabaWdkCouponSpreadApplyApiResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `WdkCouponApplyParam` of `alibaba.wdk.coupon.spread.apply`. */
export interface AlibabaWdkCouponSpreadApplyWdkCouponApplyParamInput {
  /** 申请渠道 */
  apply_channel?: string;
  /** 券领取来源，非必填，用于区分不同的业务来源，默认传空为领取普通优惠券 */
  apply_source?: string;
  /** 卡券来源 [ump:ump卡券; koubei:口碑券] */
  coupon_source?: string;
  /** 拓展属性 */
  features?: string;
  /** 外部业务id */
  out_biz_no?: string;
  /** 优惠券模版id */
  template_id?: string;
  /** 领取淘系id */
  user_id?: Int64Input;
  /** 优惠券模版uuid */
  uuid?: string;
  /** 幂等键 */
  idempotent_key?: string;
}

/** `ApiResult` of `alibaba.wdk.coupon.spread.apply`. */
export interface AlibabaWdkCouponSpreadApplyApiResult {
  /** 错误码 */
  err_code?: string;
  /** 错误信息 */
  err_msg?: string;
  /** 返回 */
  model?: AlibabaWdkCouponSpreadApplyCouponTemplateOperateResponse;
  /** 成功标志 */
  success?: boolean;
}

/** `CouponTemplateOperateResponse` of `alibaba.wdk.coupon.spread.apply`. */
export interface AlibabaWdkCouponSpreadApplyCouponTemplateOperateResponse {
  /** 匿名码code */
  ma_code?: string;
  /** 券实例id */
  voucher_id?: string;
}

const REQUEST_SCHEMA = {
  param_wdk_coupon_apply_param: {
    apply_channel: 'String',
    apply_source: 'String',
    coupon_source: 'String',
    features: 'String',
    out_biz_no: 'String',
    template_id: 'String',
    user_id: 'Number',
    uuid: 'String',
    idempotent_key: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    err_code: 'String',
    err_msg: 'String',
    model: {
      ma_code: 'String',
      voucher_id: 'String',
    },
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.wdk.coupon.spread.apply`: method, response root, request and response schemas. */
export const alibabaWdkCouponSpreadApplyOperation = {
  method: 'alibaba.wdk.coupon.spread.apply',
  responseRoot: 'alibaba_wdk_coupon_spread_apply_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 普通发券 — calls TOP method `alibaba.wdk.coupon.spread.apply`.
 *
 * 优惠券发放
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaWdkCouponSpreadApply(
  client: TopClient,
  request: AlibabaWdkCouponSpreadApplyRequest = {},
  options?: CallOptions,
): Promise<AlibabaWdkCouponSpreadApplyResponse> {
  return client.call<AlibabaWdkCouponSpreadApplyResponse>(
    {
      method: 'alibaba.wdk.coupon.spread.apply',
      responseRoot: 'alibaba_wdk_coupon_spread_apply_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
