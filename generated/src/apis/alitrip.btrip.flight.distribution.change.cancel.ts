// Generated from specs/btrip/alitrip.btrip.flight.distribution.change.cancel.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.btrip.flight.distribution.change.cancel` (商旅机票改签取消). */
export interface AlitripBtripFlightDistributionChangeCancelRequest {
  /** 改签取消输入参数 */
  param_btrip_flight_modify_cancel_rq?: AlitripBtripFlightDistributionChangeCancelBtripFlightModifyCancelRqInput;
}

/** Response of `alitrip.btrip.flight.distribution.change.cancel`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripBtripFlightDistributionChangeCancelResponse {
  /** 改签取消输出参数 */
  result?: AlitripBtripFlightDistributionChangeCancelHisvResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `BtripFlightModifyCancelRq` of `alitrip.btrip.flight.distribution.change.cancel`. */
export interface AlitripBtripFlightDistributionChangeCancelBtripFlightModifyCancelRqInput {
  /** 分销外部改签单号 */
  dis_sub_order_id: string;
  /** 分销外部订单号 */
  dis_order_id: string;
  /** 分销子渠道，通常为商旅corpId */
  sub_channel: string;
}

/** `HisvResult` of `alitrip.btrip.flight.distribution.change.cancel`. */
export interface AlitripBtripFlightDistributionChangeCancelHisvResult {
  /** 返回模版 */
  module?: AlitripBtripFlightDistributionChangeCancelBtripFlightModifyCancelRs;
  /** 错误码 */
  result_code?: string;
  /** 错误信息 */
  result_msg?: string;
  /** 是否成功 */
  success?: boolean;
}

/** `BtripFlightModifyCancelRs` of `alitrip.btrip.flight.distribution.change.cancel`. */
export interface AlitripBtripFlightDistributionChangeCancelBtripFlightModifyCancelRs {
  /** 外部分销改签订单号 */
  dis_sub_order_id?: string;
  /** 改签取消时间 */
  cancel_time?: string;
  /** 改签单的状态 */
  status?: string;
}

const REQUEST_SCHEMA = {
  param_btrip_flight_modify_cancel_rq: {
    dis_sub_order_id: 'String',
    dis_order_id: 'String',
    sub_channel: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    module: {
      dis_sub_order_id: 'String',
      cancel_time: 'Date',
      status: 'String',
    },
    result_code: 'String',
    result_msg: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alitrip.btrip.flight.distribution.change.cancel`: method, response root, request and response schemas. */
export const alitripBtripFlightDistributionChangeCancelOperation = {
  method: 'alitrip.btrip.flight.distribution.change.cancel',
  responseRoot: 'alitrip_btrip_flight_distribution_change_cancel_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 商旅机票改签取消 — calls TOP method `alitrip.btrip.flight.distribution.change.cancel`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripBtripFlightDistributionChangeCancel(
  client: TopClient,
  request: AlitripBtripFlightDistributionChangeCancelRequest = {},
  options?: CallOptions,
): Promise<AlitripBtripFlightDistributionChangeCancelResponse> {
  return client.call<AlitripBtripFlightDistributionChangeCancelResponse>(
    {
      method: 'alitrip.btrip.flight.distribution.change.cancel',
      responseRoot: 'alitrip_btrip_flight_distribution_change_cancel_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
