// Generated from specs/tmallcar/tmall.car.lease.statussynchronize.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.car.lease.statussynchronize` (天猫开新车租后状态同步). */
export interface TmallCarLeaseStatussynchronizeRequest {
  /** 天猫开新车订单号 */
  order_id: Int64Input;
  /** 业务类型:0.退车,1.买断,2.分期，3.续租 */
  biz_type: Int64Input;
  /** 1:过户,2:续租,3.额外费用审核，4.退车完成 */
  action_type: Int64Input;
  /** 1:通过，-1:拒绝 */
  action_value: Int64Input;
  /** 拒绝原因 */
  refuse_reason?: string;
}

/** Response of `tmall.car.lease.statussynchronize`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallCarLeaseStatussynchronizeResponse {
  /** result */
  result?: TmallCarLeaseStatussynchronizeResultVo;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ResultVo` of `tmall.car.lease.statussynchronize`. */
export interface TmallCarLeaseStatussynchronizeResultVo {
  /** costTime */
  cost_time?: Int64;
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
  order_id: 'Number',
  biz_type: 'Number',
  action_type: 'Number',
  action_value: 'Number',
  refuse_reason: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    cost_time: 'Number',
    gmt_current_time: 'Number',
    msg_code: 'String',
    msg_info: 'String',
    object: 'Boolean',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `tmall.car.lease.statussynchronize`: method, response root, request and response schemas. */
export const tmallCarLeaseStatussynchronizeOperation = {
  method: 'tmall.car.lease.statussynchronize',
  responseRoot: 'tmall_car_lease_statussynchronize_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 天猫开新车租后状态同步 — calls TOP method `tmall.car.lease.statussynchronize`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallCarLeaseStatussynchronize(
  client: TopClient,
  request: TmallCarLeaseStatussynchronizeRequest,
  options?: CallOptions,
): Promise<TmallCarLeaseStatussynchronizeResponse> {
  return client.call<TmallCarLeaseStatussynchronizeResponse>(
    {
      method: 'tmall.car.lease.statussynchronize',
      responseRoot: 'tmall_car_lease_statussynchronize_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
