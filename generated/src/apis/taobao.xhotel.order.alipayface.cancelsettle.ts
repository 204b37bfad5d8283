// Generated from specs/xhotelonlineorder/taobao.xhotel.order.alipayface.cancelsettle.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.xhotel.order.alipayface.cancelsettle` (信用住订单取消结算接口). */
export interface TaobaoXhotelOrderAlipayfaceCancelsettleRequest {
  /**
   * 阿里旅行订单号，淘宝订单号或外部订单号二选一必填
   *
   * Min value: 0
   */
  tid?: Int64Input;
  /**
   * 取消结账的原因
   *
   * Max length: 250
   */
  reason?: string;
  /**
   * 外部订单号，和tid二选一必填
   *
   * Max length: 100
   */
  out_id?: string;
}

/** Response of `taobao.xhotel.order.alipayface.cancelsettle`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoXhotelOrderAlipayfaceCancelsettleResponse {
  /** 返回信息 */
  result?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  tid: 'Number',
  reason: 'String',
  out_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: 'String',
} as const satisfies ObjectSchema;

/** Static description of `taobao.xhotel.order.alipayface.cancelsettle`: method, response root, request and response schemas. */
export const taobaoXhotelOrderAlipayfaceCancelsettleOperation = {
  method: 'taobao.xhotel.order.alipayface.cancelsettle',
  responseRoot: 'xhotel_order_alipayface_cancelsettle_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 信用住订单取消结算接口 — calls TOP method `taobao.xhotel.order.alipayface.cancelsettle`.
 *
 * 信用住订单由于客人为出现等原因，最终取消结算,一定要在结算后2个小时之内调用，否则不会成功。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoXhotelOrderAlipayfaceCancelsettle(
  client: TopClient,
  request: TaobaoXhotelOrderAlipayfaceCancelsettleRequest = {},
  options?: CallOptions,
): Promise<TaobaoXhotelOrderAlipayfaceCancelsettleResponse> {
  return client.call<TaobaoXhotelOrderAlipayfaceCancelsettleResponse>(
    {
      method: 'taobao.xhotel.order.alipayface.cancelsettle',
      responseRoot: 'xhotel_order_alipayface_cancelsettle_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
