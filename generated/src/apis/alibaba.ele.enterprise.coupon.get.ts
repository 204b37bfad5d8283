// Generated from specs/eleenterprisecoupon/alibaba.ele.enterprise.coupon.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.ele.enterprise.coupon.get` (获取用户优惠券). */
export interface AlibabaEleEnterpriseCouponGetRequest {
  /** 手机号 */
  phone: string;
}

/** Response of `alibaba.ele.enterprise.coupon.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaEleEnterpriseCouponGetResponse {
  /** 响应code */
  enterprise_code?: string;
  /** 响应信息 */
  enterprise_msg?: string;
  /** 返回值信息 */
  enterprise_datas?: AlibabaEleEnterpriseCouponGetMyCouponsResDto[];
  /** 请求id */
  enterprise_requestid?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `MyCouponsResDto` of `alibaba.ele.enterprise.coupon.get`. */
export interface AlibabaEleEnterpriseCouponGetMyCouponsResDto {
  /** id */
  id?: Int64;
  /** 优惠券名称 */
  name?: string;
  /** 优惠券金额 */
  amount?: string;
  /** 限制条件 */
  descriptions?: string[];
  /** 优惠券门槛金额 */
  threshold?: string;
}

const REQUEST_SCHEMA = {
  phone: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  enterprise_code: 'String',
  enterprise_msg: 'String',
  enterprise_datas: [
    {
      id: 'Number',
      name: 'String',
      amount: 'String',
      descriptions: ['String'],
      threshold: 'String',
    },
  ],
  enterprise_requestid: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.ele.enterprise.coupon.get`: method, response root, request and response schemas. */
export const alibabaEleEnterpriseCouponGetOperation = {
  method: 'alibaba.ele.enterprise.coupon.get',
  responseRoot: 'alibaba_ele_enterprise_coupon_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取用户优惠券 — calls TOP method `alibaba.ele.enterprise.coupon.get`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaEleEnterpriseCouponGet(
  client: TopClient,
  request: AlibabaEleEnterpriseCouponGetRequest,
  options?: CallOptions,
): Promise<AlibabaEleEnterpriseCouponGetResponse> {
  return client.call<AlibabaEleEnterpriseCouponGetResponse>(
    {
      method: 'alibaba.ele.enterprise.coupon.get',
      responseRoot: 'alibaba_ele_enterprise_coupon_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
