// Generated from specs/btrip/alitrip.btrip.flight.distribution.refund.precal.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.btrip.flight.distribution.refund.precal` (商旅机票分销-退票费预计算). */
export interface AlitripBtripFlightDistributionRefundPrecalRequest {
  /** 退票费预计算请求入参 */
  param_btrip_flight_refund_pre_cal_rq?: AlitripBtripFlightDistributionRefundPrecalBtripFlightRefundPreCalRqInput;
}

/** Response of `alitrip.btrip.flight.distribution.refund.precal`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripBtripFlightDistributionRefundPrecalResponse {
  /** 响应信息 */
  result?: AlitripBtripFlightDistributionRefundPrecalHisvResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `BtripFlightRefundPreCalRq` of `alitrip.btrip.flight.distribution.refund.precal`. */
export interface AlitripBtripFlightDistributionRefundPrecalBtripFlightRefundPreCalRqInput {
  /** 是否自愿 */
  is_voluntary: Int64Input;
  /** 分销外部订单号 */
  dis_order_id: string;
  /** 乘客航段信息 */
  passenger_segment_info_list?: AlitripBtripFlightDistributionRefundPrecalPassengerSegmentInfoInput[];
  /** 子渠道，通常为corpId */
  sub_channel: string;
  /** 退票票号列表 */
  ticket_nos?: string[];
}

/** `PassengerSegmentInfo` of `alitrip.btrip.flight.distribution.refund.precal`. */
export interface AlitripBtripFlightDistributionRefundPrecalPassengerSegmentInfoInput {
  /** 航班号 */
  flight_no: string;
  /** 乘客姓名 */
  passenger_name: string;
  /** 用户id */
  user_id: string;
}

/** `HisvResult` of `alitrip.btrip.flight.distribution.refund.precal`. */
export interface AlitripBtripFlightDistributionRefundPrecalHisvResult {
  /** 退票费预计算响应 */
  module?: AlitripBtripFlightDistributionRefundPrecalBtripFlightRefundPreCalRs;
  /** 错误编码 */
  result_code?: Int64;
  /** 错误信息 */
  result_msg?: string;
  /** 是否成功 */
  success?: boolean;
}

/** `BtripFlightRefundPreCalRs` of `alitrip.btrip.flight.distribution.refund.precal`. */
export interface AlitripBtripFlightDistributionRefundPrecalBtripFlightRefundPreCalRs {
  /** 是否航变 */
  flight_change?: boolean;
  /** 预计退票金额 */
  pre_refund_money?: Int64;
  /** 退票手续费 */
  refund_fee?: Int64;
}

const REQUEST_SCHEMA = {
  param_btrip_flight_refund_pre_cal_rq: {
    is_voluntary: 'Number',
    dis_order_id: 'String',
    passenger_segment_info_list: [
      {
        flight_no: 'String',
        passenger_name: 'String',
        user_id: 'String',
      },
    ],
    sub_channel: 'String',
    ticket_nos: ['String'],
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    module: {
      flight_change: 'Boolean',
      pre_refund_money: 'Number',
      refund_fee: 'Number',
    },
    result_code: 'Number',
    result_msg: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alitrip.btrip.flight.distribution.refund.precal`: method, response root, request and response schemas. */
export const alitripBtripFlightDistributionRefundPrecalOperation = {
  method: 'alitrip.btrip.flight.distribution.refund.precal',
  responseRoot: 'alitrip_btrip_flight_distribution_refund_precal_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 商旅机票分销-退票费预计算 — calls TOP method `alitrip.btrip.flight.distribution.refund.precal`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripBtripFlightDistributionRefundPrecal(
  client: TopClient,
  request: AlitripBtripFlightDistributionRefundPrecalRequest = {},
  options?: CallOptions,
): Promise<AlitripBtripFlightDistributionRefundPrecalResponse> {
  return client.call<AlitripBtripFlightDistributionRefundPrecalResponse>(
    {
      method: 'alitrip.btrip.flight.distribution.refund.precal',
      responseRoot: 'alitrip_btrip_flight_distribution_refund_precal_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
