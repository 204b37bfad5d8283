// Generated from specs/happytrip/alibaba.happytrip.taxi.order.cancel.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.happytrip.taxi.order.cancel` (取消叫车). */
export interface AlibabaHappytripTaxiOrderCancelRequest {
  /** 订单id */
  order_id: string;
  /** 是否强制取消(true 或 false)默认false */
  force?: string;
  /** 取消类型，0：系统取消，非0：用户取消 */
  type?: Int64Input;
}

/** Response of `alibaba.happytrip.taxi.order.cancel`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaHappytripTaxiOrderCancelResponse {
  /** 错误码 */
  errno?: Int64;
  /** 错误信息 */
  errmsg?: string;
  /** 订单取消结果 */
  data?: AlibabaHappytripTaxiOrderCancelOrderCancelResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `OrderCancelResult` of `alibaba.happytrip.taxi.order.cancel`. */
export interface AlibabaHappytripTaxiOrderCancelOrderCancelResult {
  /** （非必返回字段）扣费金额，如果传force=false且此订单已被司机抢单，就会返回cost字段（此订单未被取消，有可能产生扣费，需要确认），这时如果要强制取消订单,需要再次请求此接口且传force=true,这时此订单会发生扣款（此订单强制取消） */
  cost?: string;
}

const REQUEST_SCHEMA = {
  order_id: 'String',
  force: 'String',
  type: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  errno: 'Number',
  errmsg: 'String',
  data: {
    cost: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.happytrip.taxi.order.cancel`: method, response root, request and response schemas. */
export const alibabaHappytripTaxiOrderCancelOperation = {
  method: 'alibaba.happytrip.taxi.order.cancel',
  responseRoot: 'alibaba_happytrip_taxi_order_cancel_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 取消叫车 — calls TOP method `alibaba.happytrip.taxi.order.cancel`.
 *
 * 取消叫车订单,行程中的订单不能取消
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaHappytripTaxiOrderCancel(
  client: TopClient,
  request: AlibabaHappytripTaxiOrderCancelRequest,
  options?: CallOptions,
): Promise<AlibabaHappytripTaxiOrderCancelResponse> {
  return client.call<AlibabaHappytripTaxiOrderCancelResponse>(
    {
      method: 'alibaba.happytrip.taxi.order.cancel',
      responseRoot: 'alibaba_happytrip_taxi_order_cancel_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
