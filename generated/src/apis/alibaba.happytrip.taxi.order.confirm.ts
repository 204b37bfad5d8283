// Generated from specs/happytrip/alibaba.happytrip.taxi.order.confirm.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.happytrip.taxi.order.confirm` (费用确认). */
export interface AlibabaHappytripTaxiOrderConfirmRequest {
  /** 要确认支付的订单号 */
  order_id: string;
}

/** Response of `alibaba.happytrip.taxi.order.confirm`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaHappytripTaxiOrderConfirmResponse {
  /** 错误码 */
  errno?: Int64;
  /** 订单确认结果对象 */
  data?: AlibabaHappytripTaxiOrderConfirmOrderConfirmResult;
  /** 错误信息 */
  errmsg?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `OrderConfirmResult` of `alibaba.happytrip.taxi.order.confirm`. */
export interface AlibabaHappytripTaxiOrderConfirmOrderConfirmResult {
  /** 返回的id */
  order_id?: string;
}

const REQUEST_SCHEMA = {
  order_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  errno: 'Number',
  data: {
    order_id: 'String',
  },
  errmsg: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.happytrip.taxi.order.confirm`: method, response root, request and response schemas. */
export const alibabaHappytripTaxiOrderConfirmOperation = {
  method: 'alibaba.happytrip.taxi.order.confirm',
  responseRoot: 'alibaba_happytrip_taxi_order_confirm_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 费用确认 — calls TOP method `alibaba.happytrip.taxi.order.confirm`.
 *
 * 1.司机点结束计费,欢行会收到正常支付待评论 回调,确认费用无误欢行可以通过此接口确认并支付。
 * 2.如果欢行一直不调用此接口,订单会在48小时后自动支付。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaHappytripTaxiOrderConfirm(
  client: TopClient,
  request: AlibabaHappytripTaxiOrderConfirmRequest,
  options?: CallOptions,
): Promise<AlibabaHappytripTaxiOrderConfirmResponse> {
  return client.call<AlibabaHappytripTaxiOrderConfirmResponse>(
    {
      method: 'alibaba.happytrip.taxi.order.confirm',
      responseRoot: 'alibaba_happytrip_taxi_order_confirm_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
