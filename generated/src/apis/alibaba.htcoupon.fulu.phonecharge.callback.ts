// Generated from specs/happytrip/alibaba.htcoupon.fulu.phonecharge.callback.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.htcoupon.fulu.phonecharge.callback` (话费充值回调). */
export interface AlibabaHtcouponFuluPhonechargeCallbackRequest {
  /** 充值账号不是手机号 */
  error_message?: string;
  /** 19062837751058701652 */
  out_order_id?: string;
  /** 订单状态: (success:成功， processing:处理中，failed:失败， untreated:未处理) */
  order_state?: string;
  /** 欢行订单号 */
  ht_order_id?: string;
}

/** Response of `alibaba.htcoupon.fulu.phonecharge.callback`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaHtcouponFuluPhonechargeCallbackResponse {
  /** 返回码 */
  return_message?: string;
  /** 返回码描述 */
  return_code?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  error_message: 'String',
  out_order_id: 'String',
  order_state: 'String',
  ht_order_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  return_message: 'String',
  return_code: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.htcoupon.fulu.phonecharge.callback`: method, response root, request and response schemas. */
export const alibabaHtcouponFuluPhonechargeCallbackOperation = {
  method: 'alibaba.htcoupon.fulu.phonecharge.callback',
  responseRoot: 'alibaba_htcoupon_fulu_phonecharge_callback_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 话费充值回调 — calls TOP method `alibaba.htcoupon.fulu.phonecharge.callback`.
 *
 * 话费充值为异步操作，此接口用于充值成功后，供应商回调。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaHtcouponFuluPhonechargeCallback(
  client: TopClient,
  request: AlibabaHtcouponFuluPhonechargeCallbackRequest = {},
  options?: CallOptions,
): Promise<AlibabaHtcouponFuluPhonechargeCallbackResponse> {
  return client.call<AlibabaHtcouponFuluPhonechargeCallbackResponse>(
    {
      method: 'alibaba.htcoupon.fulu.phonecharge.callback',
      responseRoot: 'alibaba_htcoupon_fulu_phonecharge_callback_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
