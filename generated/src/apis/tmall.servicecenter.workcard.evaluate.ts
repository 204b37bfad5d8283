// Generated from specs/tmallservice/tmall.servicecenter.workcard.evaluate.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.servicecenter.workcard.evaluate` (服务商反馈鉴定结果). */
export interface TmallServicecenterWorkcardEvaluateRequest {
  /** 是否鉴定通过 */
  pass_evaluation: boolean;
  /** 鉴定不通过时的原因编码 */
  fail_code?: Int64Input;
  /**
   * 鉴定结果图片列表
   *
   * Max list size: 20
   */
  pic_url_list?: string[];
  /** 工单id */
  workcard_id: Int64Input;
}

/** Response of `tmall.servicecenter.workcard.evaluate`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallServicecenterWorkcardEvaluateResponse {
  /** 返回值Result */
  result?: TmallServicecenterWorkcardEvaluateResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `tmall.servicecenter.workcard.evaluate`. */
export interface TmallServicecenterWorkcardEvaluateResult {
  /** 错误信息 */
  msg_info?: string;
  /** 错误码 */
  msg_code?: string;
  /** 是否调用成功 */
  success?: boolean;
}

const REQUEST_SCHEMA = {
  pass_evaluation: 'Boolean',
  fail_code: 'Number',
  pic_url_list: ['String'],
  workcard_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    msg_info: 'String',
    msg_code: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `tmall.servicecenter.workcard.evaluate`: method, response root, request and response schemas. */
export const tmallServicecenterWorkcardEvaluateOperation = {
  method: 'tmall.servicecenter.workcard.evaluate',
  responseRoot: 'tmall_servicecenter_workcard_evaluate_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 服务商反馈鉴定结果 — calls TOP method `tmall.servicecenter.workcard.evaluate`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallServicecenterWorkcardEvaluate(
  client: TopClient,
  request: TmallServicecenterWorkcardEvaluateRequest,
  options?: CallOptions,
): Promise<TmallServicecenterWorkcardEvaluateResponse> {
  return client.call<TmallServicecenterWorkcardEvaluateResponse>(
    {
      method: 'tmall.servicecenter.workcard.evaluate',
      responseRoot: 'tmall_servicecenter_workcard_evaluate_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
