// Generated from specs/idleisv/alibaba.idle.isv.order.adjustprice.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.idle.isv.order.adjustprice` (闲鱼服务商订单价格修改接口). */
export interface AlibabaIdleIsvOrderAdjustpriceRequest {
  /** 输入参数 */
  param_adjust_order_price?: AlibabaIdleIsvOrderAdjustpriceIsvAdjustOrderPriceDtoInput;
}

/** Response of `alibaba.idle.isv.order.adjustprice`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaIdleIsvOrderAdjustpriceResponse {
  /** 接口返回结果 */
  result?: AlibabaIdleIsvOrderAdjustpriceResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `IsvAdjustOrderPriceDto` of `alibaba.idle.isv.order.adjustprice`. */
export interface AlibabaIdleIsvOrderAdjustpriceIsvAdjustOrderPriceDtoInput {
  /** 最新价格，单位分；必选，金额>0 */
  new_price_fee: Int64Input;
  /** 最新邮费，单位分；必选，金额>=0 */
  new_transport_fee: Int64Input;
  /** 订单id */
  biz_order_id: Int64Input;
}

/** `Result` of `alibaba.idle.isv.order.adjustprice`. */
export interface AlibabaIdleIsvOrderAdjustpriceResult {
  /** 修改成功返回标示 */
  data?: boolean;
}

const REQUEST_SCHEMA = {
  param_adjust_order_price: {
    new_price_fee: 'Number',
    new_transport_fee: 'Number',
    biz_order_id: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    data: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.idle.isv.order.adjustprice`: method, response root, request and response schemas. */
export const alibabaIdleIsvOrderAdjustpriceOperation = {
  method: 'alibaba.idle.isv.order.adjustprice',
  responseRoot: 'alibaba_idle_isv_order_adjustprice_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 闲鱼服务商订单价格修改接口 — calls TOP method `alibaba.idle.isv.order.adjustprice`.
 *
 * 闲鱼用户通过授权的服务商修改订单价格和邮费
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaIdleIsvOrderAdjustprice(
  client: TopClient,
  request: AlibabaIdleIsvOrderAdjustpriceRequest = {},
  options?: CallOptions,
): Promise<AlibabaIdleIsvOrderAdjustpriceResponse> {
  return client.call<AlibabaIdleIsvOrderAdjustpriceResponse>(
    {
      method: 'alibaba.idle.isv.order.adjustprice',
      responseRoot: 'alibaba_idle_isv_order_adjustprice_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
