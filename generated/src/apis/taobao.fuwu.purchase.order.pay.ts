// Generated from specs/servicecenter/taobao.fuwu.purchase.order.pay.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.fuwu.purchase.order.pay` (内购服务订单付款页获取接口). */
export interface TaobaoFuwuPurchaseOrderPayRequest {
  /** APPKEY，必填 */
  appkey: string;
  /** 设备类型，目前只支持PC，可选 */
  device_type?: string;
  /** 订单号，与外部订单号二选一 */
  order_id?: Int64Input;
  /** 外部订单号，使用该参数完成查询订单等操作，与外部订单号二选一 */
  out_order_id?: string;
}

/** Response of `taobao.fuwu.purchase.order.pay`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoFuwuPurchaseOrderPayResponse {
  /** 该url用于订单付款 */
  url?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  appkey: 'String',
  device_type: 'String',
  order_id: 'Number',
  out_order_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  url: 'String',
} as const satisfies ObjectSchema;

/** Static description of `taobao.fuwu.purchase.order.pay`: method, response root, request and response schemas. */
export const taobaoFuwuPurchaseOrderPayOperation = {
  method: 'taobao.fuwu.purchase.order.pay',
  responseRoot: 'fuwu_purchase_order_pay_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 内购服务订单付款页获取接口 — calls TOP method `taobao.fuwu.purchase.order.pay`.
 *
 * 通过接口获取某一订单的付款页面链接
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoFuwuPurchaseOrderPay(
  client: TopClient,
  request: TaobaoFuwuPurchaseOrderPayRequest,
  options?: CallOptions,
): Promise<TaobaoFuwuPurchaseOrderPayResponse> {
  return client.call<TaobaoFuwuPurchaseOrderPayResponse>(
    {
      method: 'taobao.fuwu.purchase.order.pay',
      responseRoot: 'fuwu_purchase_order_pay_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
