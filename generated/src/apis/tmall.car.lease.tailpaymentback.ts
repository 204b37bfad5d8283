// Generated from specs/servicecenter/tmall.car.lease.tailpaymentback.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.car.lease.tailpaymentback` (尾款处置方案回传). */
export interface TmallCarLeaseTailpaymentbackRequest {
  /** 尾款方案 */
  tail_payment_d_t_o?: TmallCarLeaseTailpaymentbackTailPaymentDtoInput;
}

/** Response of `tmall.car.lease.tailpaymentback`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallCarLeaseTailpaymentbackResponse {
  /** result */
  result?: TmallCarLeaseTailpaymentbackResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TailPaymentDto` of `tmall.car.lease.tailpaymentback`. */
export interface TmallCarLeaseTailpaymentbackTailPaymentDtoInput {
  /** 买家id，不需要传入 */
  buyer_id?: Int64Input;
  /** 月供，单位分，如果是购买车辆，分期付尾款，则必须 */
  monthly_pay?: Int64Input;
  /** 分期月份，如果是购买车辆，分期付尾款，则必须 */
  months?: Int64Input;
  /** 处置名字，支持3种：归还车辆; 购买车辆，一次性支付尾款; 购买车辆，分期付尾款 */
  name: string;
  /** 订单id */
  order_id: Int64Input;
  /** 尾款金额，单位分，如果是购买车辆，一次性支付尾款必填 */
  tail_amount?: Int64Input;
}

/** `Result` of `tmall.car.lease.tailpaymentback`. */
export interface TmallCarLeaseTailpaymentbackResult {
  /** costTime */
  cost_time?: Int64;
  /** errorCode */
  error_code?: string;
  /** errorMessage */
  error_message?: string;
  /** gmtCurrentTime */
  gmt_current_time?: Int64;
  /** msgCode */
  msg_code?: string;
  /** msgInfo */
  msg_info?: string;
  /** object */
  object?: boolean;
  /** success */
  success?: boolean;
}

const REQUEST_SCHEMA = {
  tail_payment_d_t_o: {
    buyer_id: 'Number',
    monthly_pay: 'Number',
    months: 'Number',
    name: 'String',
    order_id: 'Number',
    tail_amount: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    cost_time: 'Number',
    error_code: 'String',
    error_message: 'String',
    gmt_current_time: 'Number',
    msg_code: 'String',
    msg_info: 'String',
    object: 'Boolean',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `tmall.car.lease.tailpaymentback`: method, response root, request and response schemas. */
export const tmallCarLeaseTailpaymentbackOperation = {
  method: 'tmall.car.lease.tailpaymentback',
  responseRoot: 'tmall_car_lease_tailpaymentback_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 尾款处置方案回传 — calls TOP method `tmall.car.lease.tailpaymentback`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallCarLeaseTailpaymentback(
  client: TopClient,
  request: TmallCarLeaseTailpaymentbackRequest = {},
  options?: CallOptions,
): Promise<TmallCarLeaseTailpaymentbackResponse> {
  return client.call<TmallCarLeaseTailpaymentbackResponse>(
    {
      method: 'tmall.car.lease.tailpaymentback',
      responseRoot: 'tmall_car_lease_tailpaymentback_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
