// Generated from specs/btrip/alitrip.btrip.flight.distribution.order.newpay.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.btrip.flight.distribution.order.newpay` (商旅机票分销-订单支付V2). */
export interface AlitripBtripFlightDistributionOrderNewpayRequest {
  /** 支付参数 */
  param_btrip_flight_pay_order_rq: AlitripBtripFlightDistributionOrderNewpayBtripFlightPayOrderRqInput;
}

/** Response of `alitrip.btrip.flight.distribution.order.newpay`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripBtripFlightDistributionOrderNewpayResponse {
  /** 响应结果 */
  result?: AlitripBtripFlightDistributionOrderNewpayHisvResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `BtripFlightPayOrderRq` of `alitrip.btrip.flight.distribution.order.newpay`. */
export interface AlitripBtripFlightDistributionOrderNewpayBtripFlightPayOrderRqInput {
  /** 分销外部订单号 */
  dis_order_id: string;
  /** 订单支付总金额 */
  total_pay_price: Int64Input;
  /** 企业支付金额 */
  corp_pay_price: Int64Input;
  /** 个人支付金额 */
  personal_pay_price: Int64Input;
  /** 扩展信息 */
  extra?: string;
  /** 分销子渠道，通常为corpId */
  sub_channel: string;
}

/** `HisvResult` of `alitrip.btrip.flight.distribution.order.newpay`. */
export interface AlitripBtripFlightDistributionOrderNewpayHisvResult {
  /** 支付响应信息 */
  module?: AlitripBtripFlightDistributionOrderNewpayBtripFlightPayOrderRs;
  /** 响应错误码 */
  result_code?: Int64;
  /** 响应提示 */
  result_msg?: string;
  /** 支付结果 */
  success?: boolean;
}

/** `BtripFlightPayOrderRs` of `alitrip.btrip.flight.distribution.order.newpay`. */
export interface AlitripBtripFlightDistributionOrderNewpayBtripFlightPayOrderRs {
  /** 支付宝流水号（现付支付宝不为空） */
  alipay_trade_no?: string;
  /** 实际支付金额 */
  actual_pay_price?: Int64;
  /** 支付状态 */
  pay_status?: Int64;
  /** 最晚支付时间 */
  last_pay_time?: string;
}

const REQUEST_SCHEMA = {
  param_btrip_flight_pay_order_rq: {
    dis_order_id: 'String',
    total_pay_price: 'Number',
    corp_pay_price: 'Number',
    personal_pay_price: 'Number',
    extra: 'String',
    sub_channel: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    module: {
      alipay_trade_no: 'String',
      actual_pay_price: 'Number',
      pay_status: 'Number',
      last_pay_time: 'Date',
    },
    result_code: 'Number',
    result_msg: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alitrip.btrip.flight.distribution.order.newpay`: method, response root, request and response schemas. */
export const alitripBtripFlightDistributionOrderNewpayOperation = {
  method: 'alitrip.btrip.flight.distribution.order.newpay',
  responseRoot: 'alitrip_btrip_flight_distribution_order_newpay_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 商旅机票分销-订单支付V2 — calls TOP method `alitrip.btrip.flight.distribution.order.newpay`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripBtripFlightDistributionOrderNewpay(
  client: TopClient,
  request: AlitripBtripFlightDistributionOrderNewpayRequest,
  options?: CallOptions,
): Promise<AlitripBtripFlightDistributionOrderNewpayResponse> {
  return client.call<AlitripBtripFlightDistributionOrderNewpayResponse>(
    {
      method: 'alitrip.btrip.flight.distribution.order.newpay',
      responseRoot: 'alitrip_btrip_flight_distribution_order_newpay_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
