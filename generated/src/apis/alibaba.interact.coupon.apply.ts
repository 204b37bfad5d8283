// Generated from specs/interact/alibaba.interact.coupon.apply.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.interact.coupon.apply` (优惠券领取鉴权接口). */
export interface AlibabaInteractCouponApplyRequest {}

/** Response of `alibaba.interact.coupon.apply`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaInteractCouponApplyResponse {
  /** 无用参数，top限制一定要有出参，增加此参数 */
  stub?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  stub: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.interact.coupon.apply`: method, response root, request and response schemas. */
export const alibabaInteractCouponApplyOperation = {
  method: 'alibaba.interact.coupon.apply',
  responseRoot: 'alibaba_interact_coupon_apply_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 优惠券领取鉴权接口 — calls TOP method `alibaba.interact.coupon.apply`.
 *
 * 鉴权接口，为coupon.apply接口鉴权
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaInteractCouponApply(
  client: TopClient,
  request: AlibabaInteractCouponApplyRequest = {},
  options?: CallOptions,
): Promise<AlibabaInteractCouponApplyResponse> {
  return client.call<AlibabaInteractCouponApplyResponse>(
    {
      method: 'alibaba.interact.coupon.apply',
      responseRoot: 'alibaba_interact_coupon_apply_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
