// Generated from specs/btrip/alitrip.btrip.flight.distribution.order.cancel.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.btrip.flight.distribution.order.cancel` (商旅机票分销-取消订单). */
export interface AlitripBtripFlightDistributionOrderCancelRequest {
  /** 系统自动生成 */
  param_btrip_flight_order_operate_common_rq?: AlitripBtripFlightDistributionOrderCancelBtripFlightCancelOrderRqInput;
}

/** Response of `alitrip.btrip.flight.distribution.order.cancel`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripBtripFlightDistributionOrderCancelResponse {
  /** 响应信息 */
  result?: AlitripBtripFlightDistributionOrderCancelHisvResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `BtripFlightCancelOrderRq` of `alitrip.btrip.flight.distribution.order.cancel`. */
export interface AlitripBtripFlightDistributionOrderCancelBtripFlightCancelOrderRqInput {
  /** 子渠道例如corpId */
  sub_channel: string;
  /** 外部订单号 */
  dis_order_id: string;
}

/** `HisvResult` of `alitrip.btrip.flight.distribution.order.cancel`. */
export interface AlitripBtripFlightDistributionOrderCancelHisvResult {
  /** 取消订单响应结果 */
  module?: AlitripBtripFlightDistributionOrderCancelBtripFlightCancelOrderRs;
  /** 响应代码 */
  result_code?: Int64;
  /** 响应结果 */
  result_msg?: string;
  /** 结果状态 */
  success?: boolean;
}

/** `BtripFlightCancelOrderRs` of `alitrip.btrip.flight.distribution.order.cancel`. */
export interface AlitripBtripFlightDistributionOrderCancelBtripFlightCancelOrderRs {
  /** 取消时间 */
  cancel_time?: string;
  /** 失败类型 */
  fail_code?: string;
  /** 失败原因 */
  fail_reason?: string;
  /** 订单状态 */
  order_status?: string;
}

const REQUEST_SCHEMA = {
  param_btrip_flight_order_operate_common_rq: {
    sub_channel: 'String',
    dis_order_id: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    module: {
      cancel_time: 'Date',
      fail_code: 'String',
      fail_reason: 'String',
      order_status: 'String',
    },
    result_code: 'Number',
    result_msg: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alitrip.btrip.flight.distribution.order.cancel`: method, response root, request and response schemas. */
export const alitripBtripFlightDistributionOrderCancelOperation = {
  method: 'alitrip.btrip.flight.distribution.order.cancel',
  responseRoot: 'alitrip_btrip_flight_distribution_order_cancel_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 商旅机票分销-取消订单 — calls TOP method `alitrip.btrip.flight.distribution.order.cancel`.
 *
 * 商旅机票分销取消订单
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripBtripFlightDistributionOrderCancel(
  client: TopClient,
  request: AlitripBtripFlightDistributionOrderCancelRequest = {},
  options?: CallOptions,
): Promise<AlitripBtripFlightDistributionOrderCancelResponse> {
  return client.call<AlitripBtripFlightDistributionOrderCancelResponse>(
    {
      method: 'alitrip.btrip.flight.distribution.order.cancel',
      responseRoot: 'alitrip_btrip_flight_distribution_order_cancel_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
