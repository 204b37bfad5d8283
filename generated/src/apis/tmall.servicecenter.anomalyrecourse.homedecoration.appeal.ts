// Generated from specs/tmallsc/tmall.servicecenter.anomalyrecourse.homedecoration.appeal.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.servicecenter.anomalyrecourse.homedecoration.appeal` (天猫服务平台商家投诉单服务商申诉接口). */
export interface TmallServicecenterAnomalyrecourseHomedecorationAppealRequest {
  /** 投诉单id */
  id: Int64Input;
  /** 申诉内容 */
  remark: string;
  /** 图片凭证 */
  images?: string;
}

/** Response of `tmall.servicecenter.anomalyrecourse.homedecoration.appeal`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallServicecenterAnomalyrecourseHomedecorationAppealResponse {
  /** result */
  result?: TmallServicecenterAnomalyrecourseHomedecorationAppealResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `tmall.servicecenter.anomalyrecourse.homedecoration.appeal`. */
export interface TmallServicecenterAnomalyrecourseHomedecorationAppealResult {
  /** 调用是否成功 */
  success?: boolean;
  /** 错误信息 */
  error_msg?: string;
  /** 错误码 */
  error_code?: string;
}

const REQUEST_SCHEMA = {
  id: 'Number',
  remark: 'String',
  images: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    error_msg: 'String',
    error_code: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `tmall.servicecenter.anomalyrecourse.homedecoration.appeal`: method, response root, request and response schemas. */
export const tmallServicecenterAnomalyrecourseHomedecorationAppealOperation = {
  method: 'tmall.servicecenter.anomalyrecourse.homedecoration.appeal',
  responseRoot: 'tmall_servicecenter_anomalyrecourse_homedecoration_appeal_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 天猫服务平台商家投诉单服务商申诉接口 — calls TOP method `tmall.servicecenter.anomalyrecourse.homedecoration.appeal`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallServicecenterAnomalyrecourseHomedecorationAppeal(
  client: TopClient,
  request: TmallServicecenterAnomalyrecourseHomedecorationAppealRequest,
  options?: CallOptions,
): Promise<TmallServicecenterAnomalyrecourseHomedecorationAppealResponse> {
  return client.call<TmallServicecenterAnomalyrecourseHomedecorationAppealResponse>(
    {
      method: 'tmall.servicecenter.anomalyrecourse.homedecoration.appeal',
      responseRoot: 'tmall_servicecenter_anomalyrecourse_homedecoration_appeal_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
