// Generated from specs/btrip/alitrip.btrip.flight.distribution.change.newpay.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.btrip.flight.distribution.change.newpay` (商旅机票改签支付V2). */
export interface AlitripBtripFlightDistributionChangeNewpayRequest {
  /** 改签支付入参 */
  param_btrip_flight_modify_pay_rq: AlitripBtripFlightDistributionChangeNewpayBtripFlightModifyPayRqInput;
}

/** Response of `alitrip.btrip.flight.distribution.change.newpay`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripBtripFlightDistributionChangeNewpayResponse {
  /** 响应信息 */
  result?: AlitripBtripFlightDistributionChangeNewpayHisvResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `BtripFlightModifyPayRq` of `alitrip.btrip.flight.distribution.change.newpay`. */
export interface AlitripBtripFlightDistributionChangeNewpayBtripFlightModifyPayRqInput {
  /** 分销外部订单号 */
  dis_order_id: string;
  /** 分销子渠道，通常为corpId */
  sub_channel: string;
  /** 分销外部改签单号 */
  dis_sub_order_id: string;
  /** 支付总金额 */
  total_pay_price: Int64Input;
  /** 企业支付金额 */
  corp_pay_price?: Int64Input;
  /** 个人支付金额 */
  personal_pay_price?: Int64Input;
  /** 额外信息 */
  extra?: string;
}

/** `HisvResult` of `alitrip.btrip.flight.distribution.change.newpay`. */
export interface AlitripBtripFlightDistributionChangeNewpayHisvResult {
  /** 子模块 */
  module?: AlitripBtripFlightDistributionChangeNewpayBtripFlightModifyPayRs;
  /** 错误编码 */
  result_code?: Int64;
  /** 错误信息 */
  result_msg?: string;
  /** 是否成功 */
  success?: boolean;
}

/** `BtripFlightModifyPayRs` of `alitrip.btrip.flight.distribution.change.newpay`. */
export interface AlitripBtripFlightDistributionChangeNewpayBtripFlightModifyPayRs {
  /** 支付价格 */
  pay_price?: Int64;
  /** 支付状态 */
  pay_status?: string;
  /** 支付时间 */
  pay_time?: string;
  /** 支付宝交易流水号 */
  trade_no?: string;
  /** 能否重试 */
  can_retry?: boolean;
}

const REQUEST_SCHEMA = {
  param_btrip_flight_modify_pay_rq: {
    dis_order_id: 'String',
    sub_channel: 'String',
    dis_sub_order_id: 'String',
    total_pay_price: 'Number',
    corp_pay_price: 'Number',
    personal_pay_price: 'Number',
    extra: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    module: {
      pay_price: 'Number',
      pay_status: 'String',
      pay_time: 'String',
      trade_no: 'String',
      can_retry: 'Boolean',
    },
    result_code: 'Number',
    result_msg: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alitrip.btrip.flight.distribution.change.newpay`: method, response root, request and response schemas. */
export const alitripBtripFlightDistributionChangeNewpayOperation = {
  method: 'alitrip.btrip.flight.distribution.change.newpay',
  responseRoot: 'alitrip_btrip_flight_distribution_change_newpay_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 商旅机票改签支付V2 — calls TOP method `alitrip.btrip.flight.distribution.change.newpay`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripBtripFlightDistributionChangeNewpay(
  client: TopClient,
  request: AlitripBtripFlightDistributionChangeNewpayRequest,
  options?: CallOptions,
): Promise<AlitripBtripFlightDistributionChangeNewpayResponse> {
  return client.call<AlitripBtripFlightDistributionChangeNewpayResponse>(
    {
      method: 'alitrip.btrip.flight.distribution.change.newpay',
      responseRoot: 'alitrip_btrip_flight_distribution_change_newpay_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
