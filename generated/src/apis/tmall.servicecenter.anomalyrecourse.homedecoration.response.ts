// Generated from specs/tmallsc/tmall.servicecenter.anomalyrecourse.homedecoration.response.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.servicecenter.anomalyrecourse.homedecoration.response` (天猫服务平台商家投诉单服务商响应接口). */
export interface TmallServicecenterAnomalyrecourseHomedecorationResponseRequest {
  /** 投诉单id */
  id: Int64Input;
  /** 是否已联系商家；0：未联系；1：已联系 */
  contact_seller: Int64Input;
  /** 响应方案 */
  remark: string;
  /** 图片凭证 */
  images?: string;
}

/** Response of `tmall.servicecenter.anomalyrecourse.homedecoration.response`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallServicecenterAnomalyrecourseHomedecorationResponseResponse {
  /** result */
  result?: TmallServicecenterAnomalyrecourseHomedecorationResponseResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `tmall.servicecenter.anomalyrecourse.homedecoration.response`. */
export interface TmallServicecenterAnomalyrecourseHomedecorationResponseResult {
  /** 调用是否成功 */
  success?: boolean;
  /** 错误信息 */
  error_msg?: string;
  /** 错误码 */
  error_code?: string;
}

const REQUEST_SCHEMA = {
  id: 'Number',
  contact_seller: 'Number',
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

/** Static description of `tmall.servicecenter.anomalyrecourse.homedecoration.response`: method, response root, request and response schemas. */
export const tmallServicecenterAnomalyrecourseHomedecorationResponseOperation = {
  method: 'tmall.servicecenter.anomalyrecourse.homedecoration.response',
  responseRoot: 'tmall_servicecenter_anomalyrecourse_homedecoration_response_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 天猫服务平台商家投诉单服务商响应接口 — calls TOP method `tmall.servicecenter.anomalyrecourse.homedecoration.response`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallServicecenterAnomalyrecourseHomedecorationResponse(
  client: TopClient,
  request: TmallServicecenterAnomalyrecourseHomedecorationResponseRequest,
  options?: CallOptions,
): Promise<TmallServicecenterAnomalyrecourseHomedecorationResponseResponse> {
  return client.call<TmallServicecenterAnomalyrecourseHomedecorationResponseResponse>(
    {
      method: 'tmall.servicecenter.anomalyrecourse.homedecoration.response',
      responseRoot: 'tmall_servicecenter_anomalyrecourse_homedecoration_response_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
