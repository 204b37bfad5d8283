// Generated from specs/jipiao/taobao.alitrip.seller.refundmoney.confirm.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.alitrip.seller.refundmoney.confirm` (【机票代理商订单】确认退款). */
export interface TaobaoAlitripSellerRefundmoneyConfirmRequest {
  /** 申请单id */
  apply_id?: Int64Input;
}

/** Response of `taobao.alitrip.seller.refundmoney.confirm`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoAlitripSellerRefundmoneyConfirmResponse {
  /** 是否成功确认 */
  is_success?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  apply_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  is_success: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `taobao.alitrip.seller.refundmoney.confirm`: method, response root, request and response schemas. */
export const taobaoAlitripSellerRefundmoneyConfirmOperation = {
  method: 'taobao.alitrip.seller.refundmoney.confirm',
  responseRoot: 'alitrip_seller_refundmoney_confirm_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 【机票代理商订单】确认退款 — calls TOP method `taobao.alitrip.seller.refundmoney.confirm`.
 *
 * 代理人确认退票申请单的退款
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoAlitripSellerRefundmoneyConfirm(
  client: TopClient,
  request: TaobaoAlitripSellerRefundmoneyConfirmRequest = {},
  options?: CallOptions,
): Promise<TaobaoAlitripSellerRefundmoneyConfirmResponse> {
  return client.call<TaobaoAlitripSellerRefundmoneyConfirmResponse>(
    {
      method: 'taobao.alitrip.seller.refundmoney.confirm',
      responseRoot: 'alitrip_seller_refundmoney_confirm_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
