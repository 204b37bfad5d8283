// Generated from specs/legalcase/alibaba.legal.case.standpoint.feedback.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.legal.case.standpoint.feedback` (新增或更新 反馈口径(采纳口径/不采纳口径)). */
export interface AlibabaLegalCaseStandpointFeedbackRequest {
  /** 反馈对象 */
  feedback_request_model: AlibabaLegalCaseStandpointFeedbackFeedbackRequestModelInput;
}

/** Response of `alibaba.legal.case.standpoint.feedback`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaLegalCaseStandpointFeedbackResponse {
  /** success */
  is_success?: boolean;
  /** 错误编码 */
  errcode?: string;
  /** 成功失败 true/false */
  content?: boolean;
  /** 错误信息描述 */
  errmsg?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `FeedbackRequestModel` of `alibaba.legal.case.standpoint.feedback`. */
export interface AlibabaLegalCaseStandpointFeedbackFeedbackRequestModelInput {
  /** 实际答辩口径 */
  defense_caliber?: string;
  /** 不采纳理由 */
  reason?: string;
  /** 是否采纳标志 true 为采纳 , false 为不采纳 */
  accept_flag?: boolean;
  /** 案件id */
  suit_id?: Int64Input;
  /** 委托id */
  entrust_id?: Int64Input;
  /** 观点id */
  standpoint_id?: Int64Input;
  /** 观点版本 */
  version?: Int64Input;
  /** 提交人 */
  submit_people?: string;
}

const REQUEST_SCHEMA = {
  feedback_request_model: {
    defense_caliber: 'String',
    reason: 'String',
    accept_flag: 'Boolean',
    suit_id: 'Number',
    entrust_id: 'Number',
    standpoint_id: 'Number',
    version: 'Number',
    submit_people: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  is_success: 'Boolean',
  errcode: 'String',
  content: 'Boolean',
  errmsg: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.legal.case.standpoint.feedback`: method, response root, request and response schemas. */
export const alibabaLegalCaseStandpointFeedbackOperation = {
  method: 'alibaba.legal.case.standpoint.feedback',
  responseRoot: 'alibaba_legal_case_standpoint_feedback_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 新增或更新 反馈口径(采纳口径/不采纳口径) — calls TOP method `alibaba.legal.case.standpoint.feedback`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaLegalCaseStandpointFeedback(
  client: TopClient,
  request: AlibabaLegalCaseStandpointFeedbackRequest,
  options?: CallOptions,
): Promise<AlibabaLegalCaseStandpointFeedbackResponse> {
  return client.call<AlibabaLegalCaseStandpointFeedbackResponse>(
    {
      method: 'alibaba.legal.case.standpoint.feedback',
      responseRoot: 'alibaba_legal_case_standpoint_feedback_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
