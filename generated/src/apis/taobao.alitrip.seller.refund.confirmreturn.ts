// Generated from specs/jipiao/taobao.alitrip.seller.refund.confirmreturn.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.alitrip.seller.refund.confirmreturn` (【机票代理商】确认退票). */
export interface TaobaoAlitripSellerRefundConfirmreturnRequest {
  /** 退票申请单 */
  apply_id: Int64Input;
}

/** Response of `taobao.alitrip.seller.refund.confirmreturn`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoAlitripSellerRefundConfirmreturnResponse {
  /** 是否成功 */
  result?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  apply_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `taobao.alitrip.seller.refund.confirmreturn`: method, response root, request and response schemas. */
export const taobaoAlitripSellerRefundConfirmreturnOperation = {
  method: 'taobao.alitrip.seller.refund.confirmreturn',
  responseRoot: 'alitrip_seller_refund_confirmreturn_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 【机票代理商】确认退票 — calls TOP method `taobao.alitrip.seller.refund.confirmreturn`.
 *
 * 确认退票
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoAlitripSellerRefundConfirmreturn(
  client: TopClient,
  request: TaobaoAlitripSellerRefundConfirmreturnRequest,
  options?: CallOptions,
): Promise<TaobaoAlitripSellerRefundConfirmreturnResponse> {
  return client.call<TaobaoAlitripSellerRefundConfirmreturnResponse>(
    {
      method: 'taobao.alitrip.seller.refund.confirmreturn',
      responseRoot: 'alitrip_seller_refund_confirmreturn_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
