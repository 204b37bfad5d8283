// Generated from specs/happytrip/alibaba.happytrip.taxi.order.notify.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.happytrip.taxi.order.notify` (状态通知). */
export interface AlibabaHappytripTaxiOrderNotifyRequest {
  /** 返回自 1970 年 1 月 1 日 00:00:00 GMT 以来此 Date 对象表示的毫秒数 */
  time?: Int64Input;
  /** 通知类型: 1-订单中间状态流转 2-订单终态通知 3-支付确认通知 4-订单退款通知 5-订单改价通知 6-客服关单通知 7-投诉处理通知。 */
  notify_type: Int64Input;
  /** 通知说明 */
  notify_desc?: string;
  /** 订单id */
  order_id: string;
  /** 工单id（通知投诉处理完成时传递） */
  case_id?: string;
}

/** Response of `alibaba.happytrip.taxi.order.notify`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaHappytripTaxiOrderNotifyResponse {
  /** 错误码，0为通知成功，非0为通知失败 */
  errno?: string;
  /** 错误信息描述 */
  errmsg?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  time: 'Number',
  notify_type: 'Number',
  notify_desc: 'String',
  order_id: 'String',
  case_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  errno: 'String',
  errmsg: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.happytrip.taxi.order.notify`: method, response root, request and response schemas. */
export const alibabaHappytripTaxiOrderNotifyOperation = {
  method: 'alibaba.happytrip.taxi.order.notify',
  responseRoot: 'alibaba_happytrip_taxi_order_notify_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 状态通知 — calls TOP method `alibaba.happytrip.taxi.order.notify`.
 *
 * 当订单发生变化是供应商通过状态通知API通知欢行，欢行获取最新的订单详情和状态进行业务处理。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaHappytripTaxiOrderNotify(
  client: TopClient,
  request: AlibabaHappytripTaxiOrderNotifyRequest,
  options?: CallOptions,
): Promise<AlibabaHappytripTaxiOrderNotifyResponse> {
  return client.call<AlibabaHappytripTaxiOrderNotifyResponse>(
    {
      method: 'alibaba.happytrip.taxi.order.notify',
      responseRoot: 'alibaba_happytrip_taxi_order_notify_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
