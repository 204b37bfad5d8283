// Generated from specs/axintrade/taobao.alitrip.travel.axin.hotel.order.pay.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.alitrip.travel.axin.hotel.order.pay` (阿信酒店分销订单支付). */
export interface TaobaoAlitripTravelAxinHotelOrderPayRequest {
  /** 分销商id */
  distributor_tid: Int64Input;
  /** 采购单号 */
  purchase_order_id: Int64Input;
}

/** Response of `taobao.alitrip.travel.axin.hotel.order.pay`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoAlitripTravelAxinHotelOrderPayResponse {
  /** 接口返回model */
  result?: TaobaoAlitripTravelAxinHotelOrderPayResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `taobao.alitrip.travel.axin.hotel.order.pay`. */
export interface TaobaoAlitripTravelAxinHotelOrderPayResult {
  /** 错误码 */
  error_code?: string;
  /** 错误信息 */
  error_msg?: string;
  /** 是否成功 */
  success?: boolean;
  /** 支付id */
  data?: Int64;
}

const REQUEST_SCHEMA = {
  distributor_tid: 'Number',
  purchase_order_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    error_code: 'String',
    error_msg: 'String',
    success: 'Boolean',
    data: 'Number',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.alitrip.travel.axin.hotel.order.pay`: method, response root, request and response schemas. */
export const taobaoAlitripTravelAxinHotelOrderPayOperation = {
  method: 'taobao.alitrip.travel.axin.hotel.order.pay',
  responseRoot: 'alitrip_travel_axin_hotel_order_pay_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 阿信酒店分销订单支付 — calls TOP method `taobao.alitrip.travel.axin.hotel.order.pay`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoAlitripTravelAxinHotelOrderPay(
  client: TopClient,
  request: TaobaoAlitripTravelAxinHotelOrderPayRequest,
  options?: CallOptions,
): Promise<TaobaoAlitripTravelAxinHotelOrderPayResponse> {
  return client.call<TaobaoAlitripTravelAxinHotelOrderPayResponse>(
    {
      method: 'taobao.alitrip.travel.axin.hotel.order.pay',
      responseRoot: 'alitrip_travel_axin_hotel_order_pay_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
