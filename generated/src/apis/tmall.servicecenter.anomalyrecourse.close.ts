// Generated from specs/tmallsc/tmall.servicecenter.anomalyrecourse.close.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.servicecenter.anomalyrecourse.close` (服务投诉问题单关单). */
export interface TmallServicecenterAnomalyrecourseCloseRequest {
  /** 完结时服务商自定义回复给消费者内容 */
  remark?: string;
  /** 投诉单号 */
  id?: Int64Input;
}

/** Response of `tmall.servicecenter.anomalyrecourse.close`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallServicecenterAnomalyrecourseCloseResponse {
  /** 是否成功 */
  is_success?: boolean;
  /** 错误信息 */
  result_msg?: string;
  /** 错误码 */
  result_code?: Int64;
  /** 值 */
  value?: Int64;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  remark: 'String',
  id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  is_success: 'Boolean',
  result_msg: 'String',
  result_code: 'Number',
  value: 'Number',
} as const satisfies ObjectSchema;

/** Static description of `tmall.servicecenter.anomalyrecourse.close`: method, response root, request and response schemas. */
export const tmallServicecenterAnomalyrecourseCloseOperation = {
  method: 'tmall.servicecenter.anomalyrecourse.close',
  responseRoot: 'tmall_servicecenter_anomalyrecourse_close_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 服务投诉问题单关单 — calls TOP method `tmall.servicecenter.anomalyrecourse.close`.
 *
 * 提供给服务商在投诉单完结时调用，关闭投诉问题工单。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallServicecenterAnomalyrecourseClose(
  client: TopClient,
  request: TmallServicecenterAnomalyrecourseCloseRequest = {},
  options?: CallOptions,
): Promise<TmallServicecenterAnomalyrecourseCloseResponse> {
  return client.call<TmallServicecenterAnomalyrecourseCloseResponse>(
    {
      method: 'tmall.servicecenter.anomalyrecourse.close',
      responseRoot: 'tmall_servicecenter_anomalyrecourse_close_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
