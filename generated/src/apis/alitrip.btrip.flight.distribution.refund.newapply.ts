// Generated from specs/btrip/alitrip.btrip.flight.distribution.refund.newapply.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.btrip.flight.distribution.refund.newapply` (商旅机票分销-退票申请). */
export interface AlitripBtripFlightDistributionRefundNewapplyRequest {
  /** 退票申请入参 */
  param_btrip_flight_refund_apply_rq: AlitripBtripFlightDistributionRefundNewapplyBtripFlightRefundApplyRqInput;
}

/** Response of `alitrip.btrip.flight.distribution.refund.newapply`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripBtripFlightDistributionRefundNewapplyResponse {
  /** 响应结果 */
  result?: AlitripBtripFlightDistributionRefundNewapplyHisvResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `BtripFlightRefundApplyRq` of `alitrip.btrip.flight.distribution.refund.newapply`. */
export interface AlitripBtripFlightDistributionRefundNewapplyBtripFlightRefundApplyRqInput {
  /** 分销外部订单号 */
  dis_order_id: string;
  /** 分销外部退票申请单号 */
  dis_sub_order_id: string;
  /** 是否自愿 */
  is_voluntary: Int64Input;
  /** 退票原因类型 */
  reaso_type: Int64Input;
  /** 退票凭证 */
  refund_voucher_info?: string[];
  /** 退票理由 */
  reason_detail?: string;
  /** 订单退款总金额 */
  total_refund_price?: Int64Input;
  /** 企业退款金额 */
  corp_refund_price?: Int64Input;
  /** 个人退款金额 */
  personal_refund_price?: Int64Input;
  /** 扩展信息 */
  extra?: string;
  /** 商品单元 */
  item_unit_ids: string;
  /** 会话id */
  session_id: string;
  /** 订单退款总金额(单位分) */
  display_refund_money: string;
  /** 分销子渠道，通常为corpId */
  sub_channel: string;
  /** 乘客航段列表 */
  passenger_segment_info_list?: AlitripBtripFlightDistributionRefundNewapplyPassengerSegmentInfoInput[];
}

/** `PassengerSegmentInfo` of `alitrip.btrip.flight.distribution.refund.newapply`. */
export interface AlitripBtripFlightDistributionRefundNewapplyPassengerSegmentInfoInput {
  /** 航班号 */
  flight_no?: string;
  /** 乘客姓名 */
  passenger_name?: string;
  /** 用户编号 */
  user_id?: string;
}

/** `HisvResult` of `alitrip.btrip.flight.distribution.refund.newapply`. */
export interface AlitripBtripFlightDistributionRefundNewapplyHisvResult {
  /** 退票申请响应信息 */
  module?: AlitripBtripFlightDistributionRefundNewapplyBtripFlightRefundApplyRs;
  /** 错误编码 */
  result_code?: Int64;
  /** 错误信息 */
  result_msg?: string;
  /** 是否成功 */
  success?: boolean;
}

/** `BtripFlightRefundApplyRs` of `alitrip.btrip.flight.distribution.refund.newapply`. */
export interface AlitripBtripFlightDistributionRefundNewapplyBtripFlightRefundApplyRs {
  /** 分销外部订单号 */
  dis_order_id?: string;
  /** 分销外部子订单号 */
  dis_sub_order_id?: string;
  /** 创建的退票申请单号 */
  refund_apply_id?: Int64;
}

const REQUEST_SCHEMA = {
  param_btrip_flight_refund_apply_rq: {
    dis_order_id: 'String',
    dis_sub_order_id: 'String',
    is_voluntary: 'Number',
    reaso_type: 'Number',
    refund_voucher_info: ['String'],
    reason_detail: 'String',
    total_refund_price: 'Number',
    corp_refund_price: 'Number',
    personal_refund_price: 'Number',
    extra: 'String',
    item_unit_ids: 'String',
    session_id: 'String',
    display_refund_money: 'String',
    sub_channel: 'String',
    passenger_segment_info_list: [
      {
        flight_no: 'String',
        passenger_name: 'String',
        user_id: 'String',
      },
    ],
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    module: {
      dis_order_id: 'String',
      dis_sub_order_id: 'String',
      refund_apply_id: 'Number',
    },
    result_code: 'Number',
    result_msg: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alitrip.btrip.flight.distribution.refund.newapply`: method, response root, request and response schemas. */
export const alitripBtripFlightDistributionRefundNewapplyOperation = {
  method: 'alitrip.btrip.flight.distribution.refund.newapply',
  responseRoot: 'alitrip_btrip_flight_distribution_refund_newapply_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 商旅机票分销-退票申请 — calls TOP method `alitrip.btrip.flight.distribution.refund.newapply`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripBtripFlightDistributionRefundNewapply(
  client: TopClient,
  request: AlitripBtripFlightDistributionRefundNewapplyRequest,
  options?: CallOptions,
): Promise<AlitripBtripFlightDistributionRefundNewapplyResponse> {
  return client.call<AlitripBtripFlightDistributionRefundNewapplyResponse>(
    {
      method: 'alitrip.btrip.flight.distribution.refund.newapply',
      responseRoot: 'alitrip_btrip_flight_distribution_refund_newapply_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
