// Generated from specs/tmallsc/tmall.servicecenter.anomalyrecourse.homedecoration.close.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.servicecenter.anomalyrecourse.homedecoration.close` (天猫服务平台商家投诉单服务商完结接口). */
export interface TmallServicecenterAnomalyrecourseHomedecorationCloseRequest {
  /** 投诉单id */
  id: Int64Input;
  /** 是否与商家达成一致；0：未达成；1：已达成 */
  is_agreement: Int64Input;
  /** 完结方案 */
  remark: string;
  /** 图片凭证 */
  images?: string;
}

/** Response of `tmall.servicecenter.anomalyrecourse.homedecoration.close`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallServicecenterAnomalyrecourseHomedecorationCloseResponse {
  /** result */
  result?: TmallServicecenterAnomalyrecourseHomedecorationCloseResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `tmall.servicecenter.anomalyrecourse.homedecoration.close`. */
export interface TmallServicecenterAnomalyrecourseHomedecorationCloseResult {
  /** 调用是否成功 */
  success?: boolean;
  /** 错误信息 */
  error_msg?: string;
  /** 错误码 */
  error_code?: string;
}

const REQUEST_SCHEMA = {
  id: 'Number',
  is_agreement: 'Number',
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

/** Static description of `tmall.servicecenter.anomalyrecourse.homedecoration.close`: method, response root, request and response schemas. */
export const tmallServicecenterAnomalyrecourseHomedecorationCloseOperation = {
  method: 'tmall.servicecenter.anomalyrecourse.homedecoration.close',
  responseRoot: 'tmall_servicecenter_anomalyrecourse_homedecoration_close_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 天猫服务平台商家投诉单服务商完结接口 — calls TOP method `tmall.servicecenter.anomalyrecourse.homedecoration.close`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallServicecenterAnomalyrecourseHomedecorationClose(
  client: TopClient,
  request: TmallServicecenterAnomalyrecourseHomedecorationCloseRequest,
  options?: CallOptions,
): Promise<TmallServicecenterAnomalyrecourseHomedecorationCloseResponse> {
  return client.call<TmallServicecenterAnomalyrecourseHomedecorationCloseResponse>(
    {
      method: 'tmall.servicecenter.anomalyrecourse.homedecoration.close',
      responseRoot: 'tmall_servicecenter_anomalyrecourse_homedecoration_close_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
