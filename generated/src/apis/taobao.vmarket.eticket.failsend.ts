// Generated from specs/eticket/taobao.vmarket.eticket.failsend.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.vmarket.eticket.failsend` (无法发码回调). */
export interface TaobaoVmarketEticketFailsendRequest {
  /** 订单号 */
  order_id: Int64Input;
  /** 发码通知时的token */
  token?: string;
  /** 错误码 */
  error_code: Int64Input;
  /** 错误信息 */
  error_msg?: string;
}

/** Response of `taobao.vmarket.eticket.failsend`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoVmarketEticketFailsendResponse {
  /** 成功 */
  ret_code?: Int64;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  order_id: 'Number',
  token: 'String',
  error_code: 'Number',
  error_msg: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  ret_code: 'Number',
} as const satisfies ObjectSchema;

/** Static description of `taobao.vmarket.eticket.failsend`: method, response root, request and response schemas. */
export const taobaoVmarketEticketFailsendOperation = {
  method: 'taobao.vmarket.eticket.failsend',
  responseRoot: 'vmarket_eticket_failsend_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 无法发码回调 — calls TOP method `taobao.vmarket.eticket.failsend`.
 *
 * 针对一次发码通知，码商无法完成发码，则可以通过此接口告知电子凭证
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoVmarketEticketFailsend(
  client: TopClient,
  request: TaobaoVmarketEticketFailsendRequest,
  options?: CallOptions,
): Promise<TaobaoVmarketEticketFailsendResponse> {
  return client.call<TaobaoVmarketEticketFailsendResponse>(
    {
      method: 'taobao.vmarket.eticket.failsend',
      responseRoot: 'vmarket_eticket_failsend_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
