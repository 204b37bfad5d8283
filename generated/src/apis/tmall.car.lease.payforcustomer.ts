// Generated from specs/tmallcar/tmall.car.lease.payforcustomer.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.car.lease.payforcustomer` (天猫开新车租后代客户还款). */
export interface TmallCarLeasePayforcustomerRequest {
  /** 天猫开新车订单id */
  order_id?: Int64Input;
  /** 贷款客户在网商的会员ID */
  cust_iprole_id?: string;
  /** 还款日，精确到日，格式为yyyyMMdd，必须是当天 */
  date?: string;
  /** 贷款合约号 */
  loan_ar_no?: string;
  /** 还款本金金额，单位默认为元，支持小数点两位，为了便于传输用合作方将数值型转换为字符串型 */
  prin_amt?: string;
  /** 外部流水号格式：日期(8位)+序列号(8位）,序列号是数字，如00000001（必须是16位且符合该格式 */
  request_id?: string;
}

/** Response of `tmall.car.lease.payforcustomer`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallCarLeasePayforcustomerResponse {
  /** result */
  result?: TmallCarLeasePayforcustomerResultVo;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ResultVo` of `tmall.car.lease.payforcustomer`. */
export interface TmallCarLeasePayforcustomerResultVo {
  /** costTime */
  cost_time?: Int64;
  /** gmtCurrentTime */
  gmt_current_time?: Int64;
  /** msgCode */
  msg_code?: string;
  /** msgInfo */
  msg_info?: string;
  /** object */
  object?: string;
  /** success */
  success?: boolean;
}

const REQUEST_SCHEMA = {
  order_id: 'Number',
  cust_iprole_id: 'String',
  date: 'String',
  loan_ar_no: 'String',
  prin_amt: 'String',
  request_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    cost_time: 'Number',
    gmt_current_time: 'Number',
    msg_code: 'String',
    msg_info: 'String',
    object: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `tmall.car.lease.payforcustomer`: method, response root, request and response schemas. */
export const tmallCarLeasePayforcustomerOperation = {
  method: 'tmall.car.lease.payforcustomer',
  responseRoot: 'tmall_car_lease_payforcustomer_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 天猫开新车租后代客户还款 — calls TOP method `tmall.car.lease.payforcustomer`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallCarLeasePayforcustomer(
  client: TopClient,
  request: TmallCarLeasePayforcustomerRequest = {},
  options?: CallOptions,
): Promise<TmallCarLeasePayforcustomerResponse> {
  return client.call<TmallCarLeasePayforcustomerResponse>(
    {
      method: 'tmall.car.lease.payforcustomer',
      responseRoot: 'tmall_car_lease_payforcustomer_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
