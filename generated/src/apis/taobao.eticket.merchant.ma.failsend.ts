// Generated from specs/eticket/taobao.eticket.merchant.ma.failsend.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.eticket.merchant.ma.failsend` (码商发码失败回调接口). */
export interface TaobaoEticketMerchantMaFailsendRequest {
  /** 业务类型 */
  biz_type?: Int64Input;
  /** 业务id（订单号） */
  outer_id: string;
  /** 错误原因码 */
  sub_err_code: string;
  /** 错误码描述 */
  sub_err_msg: string;
  /** 需要与发码通知获取的值一致 */
  token: string;
}

/** Response of `taobao.eticket.merchant.ma.failsend`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoEticketMerchantMaFailsendResponse {
  /** 回复参数 */
  resp_body?: TaobaoEticketMerchantMaFailsendSendFailCallbackResp;
  /** 子结果码 */
  ret_code?: string;
  /** 子结果信息 */
  ret_msg?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `SendFailCallbackResp` of `taobao.eticket.merchant.ma.failsend`. */
export interface TaobaoEticketMerchantMaFailsendSendFailCallbackResp {
  /** 回复业务KV */
  attribute_map?: string;
}

const REQUEST_SCHEMA = {
  biz_type: 'Number',
  outer_id: 'String',
  sub_err_code: 'String',
  sub_err_msg: 'String',
  token: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  resp_body: {
    attribute_map: 'String',
  },
  ret_code: 'String',
  ret_msg: 'String',
} as const satisfies ObjectSchema;

/** Static description of `taobao.eticket.merchant.ma.failsend`: method, response root, request and response schemas. */
export const taobaoEticketMerchantMaFailsendOperation = {
  method: 'taobao.eticket.merchant.ma.failsend',
  responseRoot: 'eticket_merchant_ma_failsend_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 码商发码失败回调接口 — calls TOP method `taobao.eticket.merchant.ma.failsend`.
 *
 * 针对一次发码通知，码商无法完成发码，则可以通过此接口告知电子凭证
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoEticketMerchantMaFailsend(
  client: TopClient,
  request: TaobaoEticketMerchantMaFailsendRequest,
  options?: CallOptions,
): Promise<TaobaoEticketMerchantMaFailsendResponse> {
  return client.call<TaobaoEticketMerchantMaFailsendResponse>(
    {
      method: 'taobao.eticket.merchant.ma.failsend',
      responseRoot: 'eticket_merchant_ma_failsend_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
