// Generated from specs/tmallcar/tmall.car.lease.queryloanplans.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.car.lease.queryloanplans` (天猫开新车租后查询还款计划). */
export interface TmallCarLeaseQueryloanplansRequest {
  /** 合约编号 */
  loanarno: string;
  /** 客户的角色编号 */
  iproleid: string;
}

/** Response of `tmall.car.lease.queryloanplans`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallCarLeaseQueryloanplansResponse {
  /** 结果 */
  result?: TmallCarLeaseQueryloanplansResultVo;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ResultVo` of `tmall.car.lease.queryloanplans`. */
export interface TmallCarLeaseQueryloanplansResultVo {
  /** 耗时 */
  cost_time?: Int64;
  /** 当前时间 */
  gmt_current_time?: Int64;
  /** 错误码 */
  msg_code?: string;
  /** 错误提示 */
  msg_info?: string;
  /** 合还款计划 */
  object?: string;
  /** 外层成功标志 */
  success?: boolean;
}

const REQUEST_SCHEMA = {
  loanarno: 'String',
  iproleid: 'String',
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

/** Static description of `tmall.car.lease.queryloanplans`: method, response root, request and response schemas. */
export const tmallCarLeaseQueryloanplansOperation = {
  method: 'tmall.car.lease.queryloanplans',
  responseRoot: 'tmall_car_lease_queryloanplans_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 天猫开新车租后查询还款计划 — calls TOP method `tmall.car.lease.queryloanplans`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallCarLeaseQueryloanplans(
  client: TopClient,
  request: TmallCarLeaseQueryloanplansRequest,
  options?: CallOptions,
): Promise<TmallCarLeaseQueryloanplansResponse> {
  return client.call<TmallCarLeaseQueryloanplansResponse>(
    {
      method: 'tmall.car.lease.queryloanplans',
      responseRoot: 'tmall_car_lease_queryloanplans_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
