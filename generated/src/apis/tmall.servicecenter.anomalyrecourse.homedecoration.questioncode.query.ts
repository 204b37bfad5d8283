// Generated from specs/tmallsc/tmall.servicecenter.anomalyrecourse.homedecoration.questioncode.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.servicecenter.anomalyrecourse.homedecoration.questioncode.query` (天猫服务平台商家投诉单问题列表查询). */
export interface TmallServicecenterAnomalyrecourseHomedecorationQuestioncodeQueryRequest {
  /** 服务code */
  service_code: string;
}

/** Response of `tmall.servicecenter.anomalyrecourse.homedecoration.questioncode.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallServicecenterAnomalyrecourseHomedecorationQuestioncodeQueryResponse {
  /** result */
  result?: TmallServicecenterAnomalyrecourseHomedecorationQuestioncodeQueryResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `tmall.servicecenter.anomalyrecourse.homedecoration.questioncode.query`. */
export interface TmallServicecenterAnomalyrecourseHomedecorationQuestioncodeQueryResult {
  /** 调用是否成功 */
  success?: boolean;
  /** 错误信息 */
  error_msg?: string;
  /** 错误码 */
  error_code?: string;
  /** 问题列表json */
  value?: string;
}

const REQUEST_SCHEMA = {
  service_code: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    error_msg: 'String',
    error_code: 'String',
    value: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `tmall.servicecenter.anomalyrecourse.homedecoration.questioncode.query`: method, response root, request and response schemas. */
export const tmallServicecenterAnomalyrecourseHomedecorationQuestioncodeQueryOperation = {
  method: 'tmall.servicecenter.anomalyrecourse.homedecoration.questioncode.query',
  responseRoot: 'tmall_servicecenter_anomalyrecourse_homedecoration_questioncode_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 天猫服务平台商家投诉单问题列表查询 — calls TOP method `tmall.servicecenter.anomalyrecourse.homedecoration.questioncode.query`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallServicecenterAnomalyrecourseHomedecorationQuestioncodeQuery(
  client: TopClient,
  request: TmallServicecenterAnomalyrecourseHomedecorationQuestioncodeQueryRequest,
  options?: CallOptions,
): Promise<TmallServicecenterAnomalyrecourseHomedecorationQuestioncodeQueryResponse> {
  return client.call<TmallServicecenterAnomalyrecourseHomedecorationQuestioncodeQueryResponse>(
    {
      method: 'tmall.servicecenter.anomalyrecourse.homedecoration.questioncode.query',
      responseRoot: 'tmall_servicecenter_anomalyrecourse_homedecoration_questioncode_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
