// Generated from specs/tmallcar/tmall.car.lease.postsynchronize.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.car.lease.postsynchronize` (天猫开新车租后信息同步). */
export interface TmallCarLeasePostsynchronizeRequest {
  /** 租后方案信息 */
  scheme_dto: TmallCarLeasePostsynchronizeCarLeasePostSchemeSynchronizeDtoInput;
}

/** Response of `tmall.car.lease.postsynchronize`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallCarLeasePostsynchronizeResponse {
  /** result */
  result?: TmallCarLeasePostsynchronizeResultVo;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `CarLeasePostSchemeSynchronizeDto` of `tmall.car.lease.postsynchronize`. */
export interface TmallCarLeasePostsynchronizeCarLeasePostSchemeSynchronizeDtoInput {
  /** 0:不能使用,1:可以使用 */
  can_select: Int64Input;
  /** 合同到期时间 */
  contract_end_date: DateInput;
  /** 最后一期是否已经支付,0未支付,1已支付 */
  last_pay_status: Int64Input;
  /** 天猫开新车订单id */
  order_id: Int64Input;
  /** 不能使用原因code */
  reason_code?: string;
  /** 不能使用原因描述 */
  reason_desc?: string;
  /** 租后方案 */
  scheme_after_lease_list?: TmallCarLeasePostsynchronizeCarLeasePostSchemeDtoInput2[];
}

/** `CarLeasePostSchemeDto` of `tmall.car.lease.postsynchronize`. */
export interface TmallCarLeasePostsynchronizeCarLeasePostSchemeDtoInput2 {
  /** 0:不能使用,1:可以使用 */
  can_select: Int64Input;
  /** 分期月数 */
  month?: Int64Input;
  /** 月供，单位：分 */
  monthly_pay?: Int64Input;
  /** 不能使用原因code */
  reason_code?: string;
  /** 不能使用原因描述 */
  reason_desc?: string;
  /** 续租到期后可选择方案列表 */
  renew_scheme_list?: TmallCarLeasePostsynchronizeCarLeasePostSchemeDtoInput[];
  /** 尾款，单位：分 */
  rest_amount?: Int64Input;
  /** 0.退车,1.买断,2.分期，3.续租 */
  type?: Int64Input;
}

/** `CarLeasePostSchemeDto` of `tmall.car.lease.postsynchronize`. */
export interface TmallCarLeasePostsynchronizeCarLeasePostSchemeDtoInput {
  /** 0:不能使用,1:可以使用 */
  can_select?: Int64Input;
  /** 分期月数 */
  month?: Int64Input;
  /** 月供，单位：分 */
  monthly_pay?: Int64Input;
  /** 不能使用原因code */
  reason_code?: string;
  /** 不能使用原因描述 */
  reason_desc?: string;
  /** 尾款，单位：分 */
  rest_amount?: Int64Input;
  /** 0.退车,1.买断,2.分期，3.续租 */
  type?: Int64Input;
}

/** `ResultVo` of `tmall.car.lease.postsynchronize`. */
export interface TmallCarLeasePostsynchronizeResultVo {
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
  scheme_dto: {
    can_select: 'Number',
    contract_end_date: 'Date',
    last_pay_status: 'Number',
    order_id: 'Number',
    reason_code: 'String',
    reason_desc: 'String',
    scheme_after_lease_list: [
      {
        can_select: 'Number',
        month: 'Number',
        monthly_pay: 'Number',
        reason_code: 'String',
        reason_desc: 'String',
        renew_scheme_list: [
          {
            can_select: 'Number',
            month: 'Number',
            monthly_pay: 'Number',
            reason_code: 'String',
            reason_desc: 'String',
            rest_amount: 'Number',
            type: 'Number',
          },
        ],
        rest_amount: 'Number',
        type: 'Number',
      },
    ],
  },
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

/** Static description of `tmall.car.lease.postsynchronize`: method, response root, request and response schemas. */
export const tmallCarLeasePostsynchronizeOperation = {
  method: 'tmall.car.lease.postsynchronize',
  responseRoot: 'tmall_car_lease_postsynchronize_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 天猫开新车租后信息同步 — calls TOP method `tmall.car.lease.postsynchronize`.
 *
 * 商家同步天猫开新车租后方案
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallCarLeasePostsynchronize(
  client: TopClient,
  request: TmallCarLeasePostsynchronizeRequest,
  options?: CallOptions,
): Promise<TmallCarLeasePostsynchronizeResponse> {
  return client.call<TmallCarLeasePostsynchronizeResponse>(
    {
      method: 'tmall.car.lease.postsynchronize',
      responseRoot: 'tmall_car_lease_postsynchronize_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
