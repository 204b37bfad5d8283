// Generated from specs/jipiao/taobao.alitrip.seller.refund.refusereturn.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.alitrip.seller.refund.refusereturn` (【机票代理商】拒绝退票). */
export interface TaobaoAlitripSellerRefundRefusereturnRequest {
  /** 申请单ID */
  apply_id: Int64Input;
  /** 拒绝理由 */
  reason: string;
}

/** Response of `taobao.alitrip.seller.refund.refusereturn`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoAlitripSellerRefundRefusereturnResponse {
  /** 返回结果 */
  result?: TaobaoAlitripSellerRefundRefusereturnResultDo;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ResultDo` of `taobao.alitrip.seller.refund.refusereturn`. */
export interface TaobaoAlitripSellerRefundRefusereturnResultDo {
  /** 系统自动生成 */
  errorCode?: string;
  /** 系统自动生成 */
  errorMsg?: string;
  /** 处理结果 */
  result?: boolean;
  /** 调用是否成功 */
  success?: boolean;
}

const REQUEST_SCHEMA = {
  apply_id: 'Number',
  reason: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    errorCode: 'String',
    errorMsg: 'String',
    result: 'Boolean',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.alitrip.seller.refund.refusereturn`: method, response root, request and response schemas. */
export const taobaoAlitripSellerRefundRefusereturnOperation = {
  method: 'taobao.alitrip.seller.refund.refusereturn',
  responseRoot: 'alitrip_seller_refund_refusereturn_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 【机票代理商】拒绝退票 — calls TOP method `taobao.alitrip.seller.refund.refusereturn`.
 *
 * 拒绝退票
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoAlitripSellerRefundRefusereturn(
  client: TopClient,
  request: TaobaoAlitripSellerRefundRefusereturnRequest,
  options?: CallOptions,
): Promise<TaobaoAlitripSellerRefundRefusereturnResponse> {
  return client.call<TaobaoAlitripSellerRefundRefusereturnResponse>(
    {
      method: 'taobao.alitrip.seller.refund.refusereturn',
      responseRoot: 'alitrip_seller_refund_refusereturn_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
