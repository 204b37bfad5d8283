// Generated from specs/btrip/alitrip.btrip.hotel.distribution.order.pay.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.btrip.hotel.distribution.order.pay` (商旅酒店分销订单支付). */
export interface AlitripBtripHotelDistributionOrderPayRequest {
  /** 通知商旅支付成功接口参数 */
  param_btrip_hotel_order_operate_rq?: AlitripBtripHotelDistributionOrderPayBtripHotelOrderOperateRqInput;
}

/** Response of `alitrip.btrip.hotel.distribution.order.pay`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripBtripHotelDistributionOrderPayResponse {
  /** 是否支付成功 */
  module?: boolean;
  /** 支付结果返回码 */
  result_code?: Int64;
  /** 支付结果返回信息 */
  result_msg?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `BtripHotelOrderOperateRq` of `alitrip.btrip.hotel.distribution.order.pay`. */
export interface AlitripBtripHotelDistributionOrderPayBtripHotelOrderOperateRqInput {
  /** 商旅订单id */
  btrip_order_id: Int64Input;
  /** 分销商订单id */
  dis_order_id: string;
  /** 分销商子渠道，通常是商旅企业id */
  sub_channel: string;
  /** 供应商标识 */
  supplier_code: string;
}

const REQUEST_SCHEMA = {
  param_btrip_hotel_order_operate_rq: {
    btrip_order_id: 'Number',
    dis_order_id: 'String',
    sub_channel: 'String',
    supplier_code: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  module: 'Boolean',
  result_code: 'Number',
  result_msg: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alitrip.btrip.hotel.distribution.order.pay`: method, response root, request and response schemas. */
export const alitripBtripHotelDistributionOrderPayOperation = {
  method: 'alitrip.btrip.hotel.distribution.order.pay',
  responseRoot: 'alitrip_btrip_hotel_distribution_order_pay_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 商旅酒店分销订单支付 — calls TOP method `alitrip.btrip.hotel.distribution.order.pay`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripBtripHotelDistributionOrderPay(
  client: TopClient,
  request: AlitripBtripHotelDistributionOrderPayRequest = {},
  options?: CallOptions,
): Promise<AlitripBtripHotelDistributionOrderPayResponse> {
  return client.call<AlitripBtripHotelDistributionOrderPayResponse>(
    {
      method: 'alitrip.btrip.hotel.distribution.order.pay',
      responseRoot: 'alitrip_btrip_hotel_distribution_order_pay_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
