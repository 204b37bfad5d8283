// Generated from specs/tmallservice/tmall.servicecenter.anomalyrecourse.homedecoration.querybyid.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.servicecenter.anomalyrecourse.homedecoration.querybyid` (天猫服务平台服务商查询商家投诉单). */
export interface TmallServicecenterAnomalyrecourseHomedecorationQuerybyidRequest {
  /** 投诉单id */
  anomaly_recourse_id: Int64Input;
}

/** Response of `tmall.servicecenter.anomalyrecourse.homedecoration.querybyid`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallServicecenterAnomalyrecourseHomedecorationQuerybyidResponse {
  /** result */
  result?: TmallServicecenterAnomalyrecourseHomedecorationQuerybyidResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `tmall.servicecenter.anomalyrecourse.homedecoration.querybyid`. */
export interface TmallServicecenterAnomalyrecourseHomedecorationQuerybyidResult {
  /** 投诉单对象的json字符串 */
  value?: string;
  /** 错误码 */
  error_code?: string;
  /** 错误信息 */
  error_msg?: string;
  /** 调用是否成功 */
  success?: boolean;
}

const REQUEST_SCHEMA = {
  anomaly_recourse_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    value: 'String',
    error_code: 'String',
    error_msg: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `tmall.servicecenter.anomalyrecourse.homedecoration.querybyid`: method, response root, request and response schemas. */
export const tmallServicecenterAnomalyrecourseHomedecorationQuerybyidOperation = {
  method: 'tmall.servicecenter.anomalyrecourse.homedecoration.querybyid',
  responseRoot: 'tmall_servicecenter_anomalyrecourse_homedecoration_querybyid_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 天猫服务平台服务商查询商家投诉单 — calls TOP method `tmall.servicecenter.anomalyrecourse.homedecoration.querybyid`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallServicecenterAnomalyrecourseHomedecorationQuerybyid(
  client: TopClient,
  request: TmallServicecenterAnomalyrecourseHomedecorationQuerybyidRequest,
  options?: CallOptions,
): Promise<TmallServicecenterAnomalyrecourseHomedecorationQuerybyidResponse> {
  return client.call<TmallServicecenterAnomalyrecourseHomedecorationQuerybyidResponse>(
    {
      method: 'tmall.servicecenter.anomalyrecourse.homedecoration.querybyid',
      responseRoot: 'tmall_servicecenter_anomalyrecourse_homedecoration_querybyid_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
