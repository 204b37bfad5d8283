// Generated from specs/btrip/alitrip.btrip.flight.distribution.refund.newdetail.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.btrip.flight.distribution.refund.newdetail` (商旅机票退票详情接口V2). */
export interface AlitripBtripFlightDistributionRefundNewdetailRequest {
  /** 获取退票单详情入参 */
  param_btrip_flight_order_operate_common_rq: AlitripBtripFlightDistributionRefundNewdetailBtripFlightOrderOperateCommonRqInput;
}

/** Response of `alitrip.btrip.flight.distribution.refund.newdetail`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripBtripFlightDistributionRefundNewdetailResponse {
  /** 响应信息 */
  result?: AlitripBtripFlightDistributionRefundNewdetailHisvResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `BtripFlightOrderOperateCommonRq` of `alitrip.btrip.flight.distribution.refund.newdetail`. */
export interface AlitripBtripFlightDistributionRefundNewdetailBtripFlightOrderOperateCommonRqInput {
  /** 分销子渠道，通常为corpId */
  sub_channel: string;
  /** 分销外部退票单号 */
  dis_sub_order_id: string;
  /** 分销外部订单号 */
  dis_order_id: string;
}

/** `HisvResult` of `alitrip.btrip.flight.distribution.refund.newdetail`. */
export interface AlitripBtripFlightDistributionRefundNewdetailHisvResult {
  /** 退票详情返回信息 */
  module?: AlitripBtripFlightDistributionRefundNewdetailBtripFlightRefundDetailRs;
  /** 错误码 */
  result_code?: Int64;
  /** 错误信息 */
  result_msg?: string;
  /** 是否成功 */
  success?: boolean;
}

/** `BtripFlightRefundDetailRs` of `alitrip.btrip.flight.distribution.refund.newdetail`. */
export interface AlitripBtripFlightDistributionRefundNewdetailBtripFlightRefundDetailRs {
  /** 分销外部订单号 */
  dis_order_id?: string;
  /** 分销外部退票单号 */
  dis_sub_order_id?: string;
  /** 商旅订单号 */
  btrip_order_id?: Int64;
  /** 商旅退票单号 */
  btrip_sub_order_id?: Int64;
  /** 退票金额 */
  refund_fee?: Int64;
  /** 退票金额 */
  refund_price?: Int64;
  /** 是否是自愿退票 */
  is_voluntary?: number;
  /** 退票原因 */
  reason?: string;
  /** 状态 */
  status?: string;
  /** 退票费用列表 */
  refund_fee_list?: AlitripBtripFlightDistributionRefundNewdetailRefundFeeInfo[];
}

/** `RefundFeeInfo` of `alitrip.btrip.flight.distribution.refund.newdetail`. */
export interface AlitripBtripFlightDistributionRefundNewdetailRefundFeeInfo {
  /** 退票手续费 */
  refund_fee?: Int64;
  /** 退票金额 */
  refund_price?: Int64;
  /** 支付宝交易订单号 */
  alipay_trade_no?: string;
  /** 退款状态 */
  status?: string;
}

const REQUEST_SCHEMA = {
  param_btrip_flight_order_operate_common_rq: {
    sub_channel: 'String',
    dis_sub_order_id: 'String',
    dis_order_id: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    module: {
      dis_order_id: 'String',
      dis_sub_order_id: 'String',
      btrip_order_id: 'Number',
      btrip_sub_order_id: 'Number',
      refund_fee: 'Number',
      refund_price: 'Number',
      is_voluntary: 'byte',
      reason: 'String',
      status: 'String',
      refund_fee_list: [
        {
          refund_fee: 'Number',
          refund_price: 'Number',
          alipay_trade_no: 'String',
          status: 'String',
        },
      ],
    },
    result_code: 'Number',
    result_msg: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alitrip.btrip.flight.distribution.refund.newdetail`: method, response root, request and response schemas. */
export const alitripBtripFlightDistributionRefundNewdetailOperation = {
  method: 'alitrip.btrip.flight.distribution.refund.newdetail',
  responseRoot: 'alitrip_btrip_flight_distribution_refund_newdetail_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 商旅机票退票详情接口V2 — calls TOP method `alitrip.btrip.flight.distribution.refund.newdetail`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripBtripFlightDistributionRefundNewdetail(
  client: TopClient,
  request: AlitripBtripFlightDistributionRefundNewdetailRequest,
  options?: CallOptions,
): Promise<AlitripBtripFlightDistributionRefundNewdetailResponse> {
  return client.call<AlitripBtripFlightDistributionRefundNewdetailResponse>(
    {
      method: 'alitrip.btrip.flight.distribution.refund.newdetail',
      responseRoot: 'alitrip_btrip_flight_distribution_refund_newdetail_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
