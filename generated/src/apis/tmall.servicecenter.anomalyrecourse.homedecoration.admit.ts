// Generated from specs/tmallsc/tmall.servicecenter.anomalyrecourse.homedecoration.admit.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.servicecenter.anomalyrecourse.homedecoration.admit` (天猫服务平台商家投诉单服务商认责接口). */
export interface TmallServicecenterAnomalyrecourseHomedecorationAdmitRequest {
  /** 投诉单id */
  id: Int64Input;
  /** 认责金额，分 */
  tp_admit_responsible_amount?: Int64Input;
  /** 备注 */
  remark?: string;
}

/** Response of `tmall.servicecenter.anomalyrecourse.homedecoration.admit`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallServicecenterAnomalyrecourseHomedecorationAdmitResponse {
  /** result */
  result?: TmallServicecenterAnomalyrecourseHomedecorationAdmitResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `tmall.servicecenter.anomalyrecourse.homedecoration.admit`. */
export interface TmallServicecenterAnomalyrecourseHomedecorationAdmitResult {
  /** 调用是否成功 */
  success?: boolean;
  /** 错误信息 */
  error_msg?: string;
  /** 错误码 */
  error_code?: string;
}

const REQUEST_SCHEMA = {
  id: 'Number',
  tp_admit_responsible_amount: 'Number',
  remark: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    error_msg: 'String',
    error_code: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `tmall.servicecenter.anomalyrecourse.homedecoration.admit`: method, response root, request and response schemas. */
export const tmallServicecenterAnomalyrecourseHomedecorationAdmitOperation = {
  method: 'tmall.servicecenter.anomalyrecourse.homedecoration.admit',
  responseRoot: 'tmall_servicecenter_anomalyrecourse_homedecoration_admit_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 天猫服务平台商家投诉单服务商认责接口 — calls TOP method `tmall.servicecenter.anomalyrecourse.homedecoration.admit`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallServicecenterAnomalyrecourseHomedecorationAdmit(
  client: TopClient,
  request: TmallServicecenterAnomalyrecourseHomedecorationAdmitRequest,
  options?: CallOptions,
): Promise<TmallServicecenterAnomalyrecourseHomedecorationAdmitResponse> {
  return client.call<TmallServicecenterAnomalyrecourseHomedecorationAdmitResponse>(
    {
      method: 'tmall.servicecenter.anomalyrecourse.homedecoration.admit',
      responseRoot: 'tmall_servicecenter_anomalyrecourse_homedecoration_admit_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
