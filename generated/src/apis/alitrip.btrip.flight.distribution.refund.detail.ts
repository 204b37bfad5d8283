// Generated from specs/btrip/alitrip.btrip.flight.distribution.refund.detail.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.btrip.flight.distribution.refund.detail` (商旅机票退票详情接口). */
export interface AlitripBtripFlightDistributionRefundDetailRequest {
  /** 获取退票单详情入参 */
  param_btrip_flight_order_operate_common_rq?: AlitripBtripFlightDistributionRefundDetailBtripFlightOrderOperateCommonRqInput;
}

/** Response of `alitrip.btrip.flight.distribution.refund.detail`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripBtripFlightDistributionRefundDetailResponse {
  /** 响应信息 */
  result?: AlitripBtripFlightDistributionRefundDetailHisvResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `BtripFlightOrderOperateCommonRq` of `alitrip.btrip.flight.distribution.refund.detail`. */
export interface AlitripBtripFlightDistributionRefundDetailBtripFlightOrderOperateCommonRqInput {
  /** 分销子渠道，通常为corpId */
  sub_channel: string;
  /** 分销外部退票单号 */
  dis_sub_order_id: string;
  /** 分销外部订单号 */
  dis_order_id: string;
}

/** `HisvResult` of `alitrip.btrip.flight.distribution.refund.detail`. */
export interface AlitripBtripFlightDistributionRefundDetailHisvResult {
  /** 退票详情返回信息 */
  module?: AlitripBtripFlightDistributionRefundDetailBtripFlightRefundDetailRs;
  /** 错误码 */
  result_code?: Int64;
  /** 错误信息 */
  result_msg?: string;
  /** 是否成功 */
  success?: boolean;
}

/** `BtripFlightRefundDetailRs` of `alitrip.btrip.flight.distribution.refund.detail`. */
export interface AlitripBtripFlightDistributionRefundDetailBtripFlightRefundDetailRs {
  /** 商旅订单号 */
  btrip_order_id?: Int64;
  /** 商旅退票单号 */
  btrip_sub_order_id?: Int64;
  /** 分销外部订单号 */
  dis_order_id?: string;
  /** 分销外部退票单号 */
  dis_sub_order_id?: string;
  /** 是否是自愿退票 */
  is_voluntary?: number;
  /** 退票原因 */
  reason?: string;
  /** 退票金额 */
  refund_fee?: Int64;
  /** 退票费用列表 */
  refund_fee_list?: AlitripBtripFlightDistributionRefundDetailRefundFeeInfo[];
  /** 退票金额 */
  refund_price?: Int64;
  /** 状态 */
  status?: string;
}

/** `RefundFeeInfo` of `alitrip.btrip.flight.distribution.refund.detail`. */
export interface AlitripBtripFlightDistributionRefundDetailRefundFeeInfo {
  /** 支付宝交易订单号 */
  alipay_trade_no?: string;
  /** 退票金额 */
  refund_fee?: Int64;
  /** 退票手续费 */
  refund_price?: Int64;
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
      btrip_order_id: 'Number',
      btrip_sub_order_id: 'Number',
      dis_order_id: 'String',
      dis_sub_order_id: 'String',
      is_voluntary: 'byte',
      reason: 'String',
      refund_fee: 'Number',
      refund_fee_list: [
        {
          alipay_trade_no: 'String',
          refund_fee: 'Number',
          refund_price: 'Number',
          status: 'String',
        },
      ],
      refund_price: 'Number',
      status: 'String',
    },
    result_code: 'Number',
    result_msg: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alitrip.btrip.flight.distribution.refund.detail`: method, response root, request and response schemas. */
export const alitripBtripFlightDistributionRefundDetailOperation = {
  method: 'alitrip.btrip.flight.distribution.refund.detail',
  responseRoot: 'alitrip_btrip_flight_distribution_refund_detail_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 商旅机票退票详情接口 — calls TOP method `alitrip.btrip.flight.distribution.refund.detail`.
 *
 * 商旅机票分销退票详情
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripBtripFlightDistributionRefundDetail(
  client: TopClient,
  request: AlitripBtripFlightDistributionRefundDetailRequest = {},
  options?: CallOptions,
): Promise<AlitripBtripFlightDistributionRefundDetailResponse> {
  return client.call<AlitripBtripFlightDistributionRefundDetailResponse>(
    {
      method: 'alitrip.btrip.flight.distribution.refund.detail',
      responseRoot: 'alitrip_btrip_flight_distribution_refund_detail_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
