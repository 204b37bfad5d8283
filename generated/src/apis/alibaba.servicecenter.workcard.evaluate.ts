// Generated from specs/tmallsc/alibaba.servicecenter.workcard.evaluate.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.servicecenter.workcard.evaluate` (服务商售后鉴定服务). */
export interface AlibabaServicecenterWorkcardEvaluateRequest {
  /** 工单ID */
  workcard_id: Int64Input;
  /** 鉴定结果图片列表 */
  pic_url_list?: string;
  /** 是否鉴定通过 */
  pass_evaluation: boolean;
  /** 鉴定不通过时的原因编码 */
  fail_reason?: string;
  /** 扩展参数，品牌回传鉴定附加信息 */
  extend_info?: string | Record<string, unknown>;
}

/** Response of `alibaba.servicecenter.workcard.evaluate`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaServicecenterWorkcardEvaluateResponse {
  /** 结果对象 */
  ssc_result?: AlibabaServicecenterWorkcardEvaluateResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `alibaba.servicecenter.workcard.evaluate`. */
export interface AlibabaServicecenterWorkcardEvaluateResult {
  /** 错误原因文案 */
  display_msg?: string;
  /** 是否调用成功 */
  is_success?: boolean;
  /** 错误码 */
  msg_code?: string;
  /** 错误原因 */
  msg_info?: string;
}

const REQUEST_SCHEMA = {
  workcard_id: 'Number',
  pic_url_list: 'String',
  pass_evaluation: 'Boolean',
  fail_reason: 'String',
  extend_info: 'Json',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  ssc_result: {
    display_msg: 'String',
    is_success: 'Boolean',
    msg_code: 'String',
    msg_info: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.servicecenter.workcard.evaluate`: method, response root, request and response schemas. */
export const alibabaServicecenterWorkcardEvaluateOperation = {
  method: 'alibaba.servicecenter.workcard.evaluate',
  responseRoot: 'alibaba_servicecenter_workcard_evaluate_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 服务商售后鉴定服务 — calls TOP method `alibaba.servicecenter.workcard.evaluate`.
 *
 * 服务商售后鉴定服务,提供给服务商针对售后场景上门鉴定服务，鉴定成功则服务商完成履约，鉴定失败则取消工单
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaServicecenterWorkcardEvaluate(
  client: TopClient,
  request: AlibabaServicecenterWorkcardEvaluateRequest,
  options?: CallOptions,
): Promise<AlibabaServicecenterWorkcardEvaluateResponse> {
  return client.call<AlibabaServicecenterWorkcardEvaluateResponse>(
    {
      method: 'alibaba.servicecenter.workcard.evaluate',
      responseRoot: 'alibaba_servicecenter_workcard_evaluate_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
