// Generated from specs/servicecenter/tmall.car.lease.riskcallback.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.car.lease.riskcallback` (整车租赁风控模型回调). */
export interface TmallCarLeaseRiskcallbackRequest {
  /** 授信结果 */
  credit_info?: TmallCarLeaseRiskcallbackCreditInfoTopDtoInput;
}

/** Response of `tmall.car.lease.riskcallback`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallCarLeaseRiskcallbackResponse {
  /** 结果集合 */
  result?: TmallCarLeaseRiskcallbackResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `CreditInfoTopDto` of `tmall.car.lease.riskcallback`. */
export interface TmallCarLeaseRiskcallbackCreditInfoTopDtoInput {
  /** 身份证 */
  identity_no: string;
  /** 手机号 */
  mobile?: Int64Input;
  /** 名字 */
  name?: string;
  /** 是否通过 */
  pass: boolean;
  /** 被拒原因，只支持传入1,2,3,4.其中1代表综合评分不足；2代表黑名单客群；3代表信用不良；4代表其他 */
  reject_msg?: string;
  /** 唯一id */
  uuid: string;
  /** 额度，单位分，假设离线通过的不用给额度 */
  amount?: Int64Input;
  /** 0代表已经完成，1代表还需要进一步评估处理 */
  flag?: Int64Input;
}

/** `Result` of `tmall.car.lease.riskcallback`. */
export interface TmallCarLeaseRiskcallbackResult {
  /** 耗时 */
  cost_time?: Int64;
  /** 错误码 */
  error_code?: string;
  /** 错误消息 */
  error_message?: string;
  /** 当前时间 */
  gmt_current_time?: Int64;
  /** 错误码 */
  msg_code?: string;
  /** 错误消息 */
  msg_info?: string;
  /** true */
  object?: boolean;
  /** 成功与否 */
  success?: boolean;
}

const REQUEST_SCHEMA = {
  credit_info: {
    identity_no: 'String',
    mobile: 'Number',
    name: 'String',
    pass: 'Boolean',
    reject_msg: 'String',
    uuid: 'String',
    amount: 'Number',
    flag: 'Number',
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

/** Static description of `tmall.car.lease.riskcallback`: method, response root, request and response schemas. */
export const tmallCarLeaseRiskcallbackOperation = {
  method: 'tmall.car.lease.riskcallback',
  responseRoot: 'tmall_car_lease_riskcallback_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 整车租赁风控模型回调 — calls TOP method `tmall.car.lease.riskcallback`.
 *
 * 租赁公司回调风控结果
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallCarLeaseRiskcallback(
  client: TopClient,
  request: TmallCarLeaseRiskcallbackRequest = {},
  options?: CallOptions,
): Promise<TmallCarLeaseRiskcallbackResponse> {
  return client.call<TmallCarLeaseRiskcallbackResponse>(
    {
      method: 'tmall.car.lease.riskcallback',
      responseRoot: 'tmall_car_lease_riskcallback_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
