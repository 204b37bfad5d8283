// Generated from specs/xhoteloffline/taobao.xhotel.order.alipayface.cancel.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.xhotel.order.alipayface.cancel` (线下信用住订单取消). */
export interface TaobaoXhotelOrderAlipayfaceCancelRequest {
  /** 淘宝订单ID，必选 */
  tid?: Int64Input;
  /** 原因描述 */
  reason_text?: string;
  /** 外部订单号 */
  out_id?: string;
  /** 预留后续用 */
  notify_url?: string;
  /** 请求流水号 */
  out_uuid?: string;
}

/** Response of `taobao.xhotel.order.alipayface.cancel`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoXhotelOrderAlipayfaceCancelResponse {
  /** 返回描述 */
  result?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  tid: 'Number',
  reason_text: 'String',
  out_id: 'String',
  notify_url: 'String',
  out_uuid: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: 'String',
} as const satisfies ObjectSchema;

/** Static description of `taobao.xhotel.order.alipayface.cancel`: method, response root, request and response schemas. */
export const taobaoXhotelOrderAlipayfaceCancelOperation = {
  method: 'taobao.xhotel.order.alipayface.cancel',
  responseRoot: 'xhotel_order_alipayface_cancel_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 线下信用住订单取消 — calls TOP method `taobao.xhotel.order.alipayface.cancel`.
 *
 * 提供给卖家进行线下信用住的订单取消。此接口仅仅支持线下信用住订单的取消
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoXhotelOrderAlipayfaceCancel(
  client: TopClient,
  request: TaobaoXhotelOrderAlipayfaceCancelRequest = {},
  options?: CallOptions,
): Promise<TaobaoXhotelOrderAlipayfaceCancelResponse> {
  return client.call<TaobaoXhotelOrderAlipayfaceCancelResponse>(
    {
      method: 'taobao.xhotel.order.alipayface.cancel',
      responseRoot: 'xhotel_order_alipayface_cancel_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
