// Generated from specs/btrip/alitrip.btrip.flight.distribution.refund.newprecal.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.btrip.flight.distribution.refund.newprecal` (商旅机票分销-退票费预计算). */
export interface AlitripBtripFlightDistributionRefundNewprecalRequest {
  /** 退票费预计算请求入参 */
  param_btrip_flight_refund_pre_cal_rq: AlitripBtripFlightDistributionRefundNewprecalBtripFlightRefundPreCalRqInput;
}

/** Response of `alitrip.btrip.flight.distribution.refund.newprecal`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripBtripFlightDistributionRefundNewprecalResponse {
  /** 响应信息 */
  result?: AlitripBtripFlightDistributionRefundNewprecalHisvResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `BtripFlightRefundPreCalRq` of `alitrip.btrip.flight.distribution.refund.newprecal`. */
export interface AlitripBtripFlightDistributionRefundNewprecalBtripFlightRefundPreCalRqInput {
  /** 是否自愿 */
  is_voluntary: Int64Input;
  /** 分销外部订单号 */
  dis_order_id: string;
  /** 乘客航段信息 */
  passenger_segment_info_list: AlitripBtripFlightDistributionRefundNewprecalPassengerSegmentInfoInput[];
  /** 子渠道，通常为corpId */
  sub_channel: string;
}

/** `PassengerSegmentInfo` of `alitrip.btrip.flight.distribution.refund.newprecal`. */
export interface AlitripBtripFlightDistributionRefundNewprecalPassengerSegmentInfoInput {
  /** 航班号 */
  flight_no: string;
  /** 乘客姓名 */
  passenger_name: string;
  /** 用户id */
  user_id: string;
}

/** `HisvResult` of `alitrip.btrip.flight.distribution.refund.newprecal`. */
export interface AlitripBtripFlightDistributionRefundNewprecalHisvResult {
  /** 退票费预计算响应 */
  module?: AlitripBtripFlightDistributionRefundNewprecalBtripFlightRefundPreCalRs;
  /** 错误编码 */
  result_code?: Int64;
  /** 错误信息 */
  result_msg?: string;
  /** 是否成功 */
  success?: boolean;
}

/** `BtripFlightRefundPreCalRs` of `alitrip.btrip.flight.distribution.refund.newprecal`. */
export interface AlitripBtripFlightDistributionRefundNewprecalBtripFlightRefundPreCalRs {
  /** 是否发生航变 */
  flight_change?: boolean;
  /** 会话id */
  session_id?: string;
  /** 商品id */
  item_unit_id?: string;
  /** 提示 */
  tips?: string;
  /** 预计退还金额 */
  pre_refund_money?: Int64;
  /** 退票手续费 */
  refund_fee?: Int64;
  /** 多行程退票预计算list */
  multi_refund_pre_cal_detail_list?: AlitripBtripFlightDistributionRefundNewprecalMultiRefundPreCalDetail[];
  /** 退票原因 */
  return_reason?: AlitripBtripFlightDistributionRefundNewprecalReturnReasonDetail[];
}

/** `MultiRefundPreCalDetail` of `alitrip.btrip.flight.distribution.refund.newprecal`. */
export interface AlitripBtripFlightDistributionRefundNewprecalMultiRefundPreCalDetail {
  /** 预计退还金额 */
  pre_refund_money?: Int64;
  /** 退票手续费 */
  refund_fee?: Int64;
  /** 是否能退票申请 */
  can_apply_refund?: boolean;
  /** 名字 */
  name?: string;
  /** 用户id */
  user_id?: string;
}

/** `ReturnReasonDetail` of `alitrip.btrip.flight.distribution.refund.newprecal`. */
export interface AlitripBtripFlightDistributionRefundNewprecalReturnReasonDetail {
  /** 原因的类型 */
  reason_type?: Int64;
  /** 原因code */
  reason_code?: Int64;
  /** 原因的文案展示 */
  reason_show?: string;
  /** 自愿或非自愿 1-非自愿、0-自愿 */
  volunteer?: Int64;
  /** 个人原因或航司原因 0-航司、1-个人 */
  person?: Int64;
  /** 退票原因注释 */
  extend_desc?: string;
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
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    module: {
      flight_change: 'Boolean',
      session_id: 'String',
      item_unit_id: 'String',
      tips: 'String',
      pre_refund_money: 'Number',
      refund_fee: 'Number',
      multi_refund_pre_cal_detail_list: [
        {
          pre_refund_money: 'Number',
          refund_fee: 'Number',
          can_apply_refund: 'Boolean',
          name: 'String',
          user_id: 'String',
        },
      ],
      return_reason: [
        {
          reason_type: 'Number',
          reason_code: 'Number',
          reason_show: 'String',
          volunteer: 'Number',
          person: 'Number',
          extend_desc: 'String',
        },
      ],
    },
    result_code: 'Number',
    result_msg: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alitrip.btrip.flight.distribution.refund.newprecal`: method, response root, request and response schemas. */
export const alitripBtripFlightDistributionRefundNewprecalOperation = {
  method: 'alitrip.btrip.flight.distribution.refund.newprecal',
  responseRoot: 'alitrip_btrip_flight_distribution_refund_newprecal_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 商旅机票分销-退票费预计算 — calls TOP method `alitrip.btrip.flight.distribution.refund.newprecal`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripBtripFlightDistributionRefundNewprecal(
  client: TopClient,
  request: AlitripBtripFlightDistributionRefundNewprecalRequest,
  options?: CallOptions,
): Promise<AlitripBtripFlightDistributionRefundNewprecalResponse> {
  return client.call<AlitripBtripFlightDistributionRefundNewprecalResponse>(
    {
      method: 'alitrip.btrip.flight.distribution.refund.newprecal',
      responseRoot: 'alitrip_btrip_flight_distribution_refund_newprecal_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
