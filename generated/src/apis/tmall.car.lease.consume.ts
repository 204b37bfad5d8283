// Generated from specs/servicecenter/tmall.car.lease.consume.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.car.lease.consume` (汽车租赁核销). */
export interface TmallCarLeaseConsumeRequest {
  /** 核销请求 */
  cosume_code_req_d_t_o?: TmallCarLeaseConsumeCosumeCodeReqDtoInput;
}

/** Response of `tmall.car.lease.consume`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallCarLeaseConsumeResponse {
  /** 结果集合 */
  result?: TmallCarLeaseConsumeResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `CosumeCodeReqDto` of `tmall.car.lease.consume`. */
export interface TmallCarLeaseConsumeCosumeCodeReqDtoInput {
  /** 业务id */
  biz_id?: string;
  /** 业务类型,整车租赁传入：car_lease */
  biz_type: string;
  /** 车牌号 */
  car_no: string;
  /** 核销码 */
  code: string;
  /** 身份证 */
  identity_no: string;
  /** 门店id */
  store_id: Int64Input;
  /** 门店名字 */
  store_name: string;
  /** 车架号 */
  vin: string;
}

/** `Result` of `tmall.car.lease.consume`. */
export interface TmallCarLeaseConsumeResult {
  /** 耗时 */
  cost_time?: Int64;
  /** 错误吗 */
  error_code?: Int64;
  /** 错误提示 */
  error_message?: string;
  /** 当前时间 */
  gmt_current_time?: Int64;
  /** 无需关心了 */
  object?: boolean;
  /** 成功与否 */
  success?: boolean;
}

const REQUEST_SCHEMA = {
  cosume_code_req_d_t_o: {
    biz_id: 'String',
    biz_type: 'String',
    car_no: 'String',
    code: 'String',
    identity_no: 'String',
    store_id: 'Number',
    store_name: 'String',
    vin: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    cost_time: 'Number',
    error_code: 'Number',
    error_message: 'String',
    gmt_current_time: 'Number',
    object: 'Boolean',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `tmall.car.lease.consume`: method, response root, request and response schemas. */
export const tmallCarLeaseConsumeOperation = {
  method: 'tmall.car.lease.consume',
  responseRoot: 'tmall_car_lease_consume_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 汽车租赁核销 — calls TOP method `tmall.car.lease.consume`.
 *
 * 租赁公司回传信息，核销
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallCarLeaseConsume(
  client: TopClient,
  request: TmallCarLeaseConsumeRequest = {},
  options?: CallOptions,
): Promise<TmallCarLeaseConsumeResponse> {
  return client.call<TmallCarLeaseConsumeResponse>(
    {
      method: 'tmall.car.lease.consume',
      responseRoot: 'tmall_car_lease_consume_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
