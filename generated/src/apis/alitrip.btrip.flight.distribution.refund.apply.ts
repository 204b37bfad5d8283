// Generated from specs/btrip/alitrip.btrip.flight.distribution.refund.apply.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.btrip.flight.distribution.refund.apply` (商旅机票分销-退票申请). */
export interface AlitripBtripFlightDistributionRefundApplyRequest {
  /** 退票申请入参 */
  param_btrip_flight_refund_apply_rq?: AlitripBtripFlightDistributionRefundApplyBtripFlightRefundApplyRqInput;
}

/** Response of `alitrip.btrip.flight.distribution.refund.apply`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripBtripFlightDistributionRefundApplyResponse {
  /** 响应结果 */
  result?: AlitripBtripFlightDistributionRefundApplyHisvResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `BtripFlightRefundApplyRq` of `alitrip.btrip.flight.distribution.refund.apply`. */
export interface AlitripBtripFlightDistributionRefundApplyBtripFlightRefundApplyRqInput {
  /** 是否自愿 */
  is_voluntary: Int64Input;
  /** 分销外部订单号 */
  dis_order_id: string;
  /** 乘客航段列表 */
  passenger_segment_info_list?: AlitripBtripFlightDistributionRefundApplyPassengerSegmentInfoInput[];
  /** 退票理由 */
  reason_detail?: string;
  /** 退票原因类型 */
  reason_type: Int64Input;
  /** 退票凭证 */
  refund_voucher_info?: string[];
  /** 分销子渠道，通常为corpId */
  sub_channel: string;
  /** 退票票号列表 */
  ticket_nos?: string[];
  /** 分销外部退票申请单号 */
  dis_sub_order_id: string;
}

/** `PassengerSegmentInfo` of `alitrip.btrip.flight.distribution.refund.apply`. */
export interface AlitripBtripFlightDistributionRefundApplyPassengerSegmentInfoInput {
  /** 航班号 */
  flight_no?: string;
  /** 乘客姓名 */
  passenger_name?: string;
  /** 用户编号 */
  user_id?: string;
}

/** `HisvResult` of `alitrip.btrip.flight.distribution.refund.apply`. */
export interface AlitripBtripFlightDistributionRefundApplyHisvResult {
  /** 退票申请响应信息 */
  module?: AlitripBtripFlightDistributionRefundApplyBtripFlightRefundApplyRs;
  /** 错误编码 */
  result_code?: Int64;
  /** 错误信息 */
  result_msg?: string;
  /** 是否成功 */
  success?: boolean;
}

/** `BtripFlightRefundApplyRs` of `alitrip.btrip.flight.distribution.refund.apply`. */
export interface AlitripBtripFlightDistributionRefundApplyBtripFlightRefundApplyRs {
  /** 分销外部订单号 */
  dis_order_id?: string;
  /** 分销外部退票单号 */
  dis_sub_order_id?: string;
  /** 退票手续费 */
  refund_fee?: Int64;
  /** 退票应退 */
  refund_money?: Int64;
  /** 商旅退票申请单号 */
  refund_apply_id?: Int64;
}

const REQUEST_SCHEMA = {
  param_btrip_flight_refund_apply_rq: {
    is_voluntary: 'Number',
    dis_order_id: 'String',
    passenger_segment_info_list: [
      {
        flight_no: 'String',
        passenger_name: 'String',
        user_id: 'String',
      },
    ],
    reason_detail: 'String',
    reason_type: 'Number',
    refund_voucher_info: ['String'],
    sub_channel: 'String',
    ticket_nos: ['String'],
    dis_sub_order_id: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    module: {
      dis_order_id: 'String',
      dis_sub_order_id: 'String',
      refund_fee: 'Number',
      refund_money: 'Number',
      refund_apply_id: 'Number',
    },
    result_code: 'Number',
    result_msg: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alitrip.btrip.flight.distribution.refund.apply`: method, response root, request and response schemas. */
export const alitripBtripFlightDistributionRefundApplyOperation = {
  method: 'alitrip.btrip.flight.distribution.refund.apply',
  responseRoot: 'alitrip_btrip_flight_distribution_refund_apply_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 商旅机票分销-退票申请 — calls TOP method `alitrip.btrip.flight.distribution.refund.apply`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripBtripFlightDistributionRefundApply(
  client: TopClient,
  request: AlitripBtripFlightDistributionRefundApplyRequest = {},
  options?: CallOptions,
): Promise<AlitripBtripFlightDistributionRefundApplyResponse> {
  return client.call<AlitripBtripFlightDistributionRefundApplyResponse>(
    {
      method: 'alitrip.btrip.flight.distribution.refund.apply',
      responseRoot: 'alitrip_btrip_flight_distribution_refund_apply_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
