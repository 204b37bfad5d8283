// Generated from specs/tmallcar/tmall.car.lease.exceptionflowsynchronize.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.car.lease.exceptionflowsynchronize` (天猫开新车租后异常流线下处理状态通知接口). */
export interface TmallCarLeaseExceptionflowsynchronizeRequest {
  /** 天猫开新车订单id */
  order_id: Int64Input;
  /** 1:开始切换为异常流，2:线下处理完成 */
  status: Int64Input;
  /** 异常流类型,0.退车,1.买断,2.分期，3.续租 */
  flow_type?: Int64Input;
  /** 切换原因描述 */
  desc: string;
}

/** Response of `tmall.car.lease.exceptionflowsynchronize`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallCarLeaseExceptionflowsynchronizeResponse {
  /** result */
  result?: TmallCarLeaseExceptionflowsynchronizeResultVo;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ResultVo` of `tmall.car.lease.exceptionflowsynchronize`. */
export interface TmallCarLeaseExceptionflowsynchronizeResultVo {
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
  status: 'Number',
  flow_type: 'Number',
  desc: 'String',
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

/** Static description of `tmall.car.lease.exceptionflowsynchronize`: method, response root, request and response schemas. */
export const tmallCarLeaseExceptionflowsynchronizeOperation = {
  method: 'tmall.car.lease.exceptionflowsynchronize',
  responseRoot: 'tmall_car_lease_exceptionflowsynchronize_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 天猫开新车租后异常流线下处理状态通知接口 — calls TOP method `tmall.car.lease.exceptionflowsynchronize`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallCarLeaseExceptionflowsynchronize(
  client: TopClient,
  request: TmallCarLeaseExceptionflowsynchronizeRequest,
  options?: CallOptions,
): Promise<TmallCarLeaseExceptionflowsynchronizeResponse> {
  return client.call<TmallCarLeaseExceptionflowsynchronizeResponse>(
    {
      method: 'tmall.car.lease.exceptionflowsynchronize',
      responseRoot: 'tmall_car_lease_exceptionflowsynchronize_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
