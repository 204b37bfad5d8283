// Generated from specs/tmallsc/tmall.servicecenter.anomalyrecourse.search.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.servicecenter.anomalyrecourse.search` (天猫服务平台服务商一键求助单查询). */
export interface TmallServicecenterAnomalyrecourseSearchRequest {
  /** 开始时间 */
  start?: Int64Input;
  /** 结束时间 */
  end?: Int64Input;
}

/** Response of `tmall.servicecenter.anomalyrecourse.search`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallServicecenterAnomalyrecourseSearchResponse {
  /** result */
  result?: TmallServicecenterAnomalyrecourseSearchResultBase;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ResultBase` of `tmall.servicecenter.anomalyrecourse.search`. */
export interface TmallServicecenterAnomalyrecourseSearchResultBase {
  /** gmtModified */
  gmt_modified?: string;
  /** gmtCreate */
  gmt_create?: string;
  /** value */
  value?: string;
  /** errorCode */
  error_code?: Int64;
  /** errorMsg */
  error_msg?: string;
  /** success */
  success?: boolean;
}

const REQUEST_SCHEMA = {
  start: 'Number',
  end: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    gmt_modified: 'Date',
    gmt_create: 'Date',
    value: 'String',
    error_code: 'Number',
    error_msg: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `tmall.servicecenter.anomalyrecourse.search`: method, response root, request and response schemas. */
export const tmallServicecenterAnomalyrecourseSearchOperation = {
  method: 'tmall.servicecenter.anomalyrecourse.search',
  responseRoot: 'tmall_servicecenter_anomalyrecourse_search_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 天猫服务平台服务商一键求助单查询 — calls TOP method `tmall.servicecenter.anomalyrecourse.search`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallServicecenterAnomalyrecourseSearch(
  client: TopClient,
  request: TmallServicecenterAnomalyrecourseSearchRequest = {},
  options?: CallOptions,
): Promise<TmallServicecenterAnomalyrecourseSearchResponse> {
  return client.call<TmallServicecenterAnomalyrecourseSearchResponse>(
    {
      method: 'tmall.servicecenter.anomalyrecourse.search',
      responseRoot: 'tmall_servicecenter_anomalyrecourse_search_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
