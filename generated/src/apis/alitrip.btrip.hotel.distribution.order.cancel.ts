// Generated from specs/btrip/alitrip.btrip.hotel.distribution.order.cancel.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.btrip.hotel.distribution.order.cancel` (商旅酒店API分销取消订单). */
export interface AlitripBtripHotelDistributionOrderCancelRequest {
  /** 取消订单接口入参 */
  param_btrip_hotel_order_operate_rq?: AlitripBtripHotelDistributionOrderCancelBtripHotelOrderOperateRqInput;
}

/** Response of `alitrip.btrip.hotel.distribution.order.cancel`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripBtripHotelDistributionOrderCancelResponse {
  /** 取消订单返回结果 */
  result?: AlitripBtripHotelDistributionOrderCancelHisvResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `BtripHotelOrderOperateRq` of `alitrip.btrip.hotel.distribution.order.cancel`. */
export interface AlitripBtripHotelDistributionOrderCancelBtripHotelOrderOperateRqInput {
  /** 商旅订单id */
  btrip_order_id: Int64Input;
  /** 分销商订单id */
  dis_order_id: string;
  /** 分销商子渠道，通常是商旅企业id */
  sub_channel: string;
  /** 供应商标识 */
  supplier_code: string;
}

/** `HisvResult` of `alitrip.btrip.hotel.distribution.order.cancel`. */
export interface AlitripBtripHotelDistributionOrderCancelHisvResult {
  /** 取消订单返回结果数据对象 */
  module?: AlitripBtripHotelDistributionOrderCancelBtripHotelCancelOrderRs;
  /** 返回结果码 */
  result_code?: Int64;
  /** 返回结果信息 */
  result_msg?: string;
}

/** `BtripHotelCancelOrderRs` of `alitrip.btrip.hotel.distribution.order.cancel`. */
export interface AlitripBtripHotelDistributionOrderCancelBtripHotelCancelOrderRs {
  /** 是否取消成功 */
  cancel_success?: boolean;
  /** 罚金 */
  forfeit_fee?: Int64;
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
  result: {
    module: {
      cancel_success: 'Boolean',
      forfeit_fee: 'Number',
    },
    result_code: 'Number',
    result_msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alitrip.btrip.hotel.distribution.order.cancel`: method, response root, request and response schemas. */
export const alitripBtripHotelDistributionOrderCancelOperation = {
  method: 'alitrip.btrip.hotel.distribution.order.cancel',
  responseRoot: 'alitrip_btrip_hotel_distribution_order_cancel_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 商旅酒店API分销取消订单 — calls TOP method `alitrip.btrip.hotel.distribution.order.cancel`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripBtripHotelDistributionOrderCancel(
  client: TopClient,
  request: AlitripBtripHotelDistributionOrderCancelRequest = {},
  options?: CallOptions,
): Promise<AlitripBtripHotelDistributionOrderCancelResponse> {
  return client.call<AlitripBtripHotelDistributionOrderCancelResponse>(
    {
      method: 'alitrip.btrip.hotel.distribution.order.cancel',
      responseRoot: 'alitrip_btrip_hotel_distribution_order_cancel_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
