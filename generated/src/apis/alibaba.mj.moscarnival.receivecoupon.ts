// Generated from specs/mos/alibaba.mj.moscarnival.receivecoupon.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.mj.moscarnival.receivecoupon` (根据手机号码领券). */
export interface AlibabaMjMoscarnivalReceivecouponRequest {
  /** 手机号码 */
  mobile: string;
  /** 活动id */
  activity_id: Int64Input;
}

/** Response of `alibaba.mj.moscarnival.receivecoupon`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaMjMoscarnivalReceivecouponResponse {
  /** 返回结果 */
  result?: AlibabaMjMoscarnivalReceivecouponResultDo;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ResultDo` of `alibaba.mj.moscarnival.receivecoupon`. */
export interface AlibabaMjMoscarnivalReceivecouponResultDo {
  /** 调用链id */
  trace_id?: string;
  /** 总行数 */
  total?: Int64;
  /** 是否成功 */
  data?: string;
  /** 调用是否成功 */
  success?: boolean;
  /** 错误码 */
  err_code?: Int64;
  /** 错误信息 */
  err_msg?: string;
  /** 结果码 */
  result_code?: string;
  /** 标题 */
  titles?: string[];
}

const REQUEST_SCHEMA = {
  mobile: 'String',
  activity_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    trace_id: 'String',
    total: 'Number',
    data: 'String',
    success: 'Boolean',
    err_code: 'Number',
    err_msg: 'String',
    result_code: 'String',
    titles: ['String'],
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.mj.moscarnival.receivecoupon`: method, response root, request and response schemas. */
export const alibabaMjMoscarnivalReceivecouponOperation = {
  method: 'alibaba.mj.moscarnival.receivecoupon',
  responseRoot: 'alibaba_mj_moscarnival_receivecoupon_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 根据手机号码领券 — calls TOP method `alibaba.mj.moscarnival.receivecoupon`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaMjMoscarnivalReceivecoupon(
  client: TopClient,
  request: AlibabaMjMoscarnivalReceivecouponRequest,
  options?: CallOptions,
): Promise<AlibabaMjMoscarnivalReceivecouponResponse> {
  return client.call<AlibabaMjMoscarnivalReceivecouponResponse>(
    {
      method: 'alibaba.mj.moscarnival.receivecoupon',
      responseRoot: 'alibaba_mj_moscarnival_receivecoupon_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
