// Generated from specs/legalcase/alibaba.legal.case.querystandpoint.save.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.legal.case.querystandpoint.save` (法宝侧主动查询反馈). */
export interface AlibabaLegalCaseQuerystandpointSaveRequest {
  /**
   * 反馈列表
   *
   * Max list size: 999
   */
  feedback_request_models?: AlibabaLegalCaseQuerystandpointSaveFeedbackRequestModelInput[];
}

/** Response of `alibaba.legal.case.querystandpoint.save`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaLegalCaseQuerystandpointSaveResponse {
  /** 是否反馈传成功 */
  content?: boolean;
  /** 错误编码 */
  error_num?: string;
  /** 错误信息 */
  error_msg?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `FeedbackRequestModel` of `alibaba.legal.case.querystandpoint.save`. */
export interface AlibabaLegalCaseQuerystandpointSaveFeedbackRequestModelInput {
  /** 是否采纳,主动查询反馈必须为true */
  accept_flag: boolean;
  /** 答辩口径描述 */
  defense_caliber?: string;
  /** 委托id */
  entrust_id: Int64Input;
  /** 类型,法宝主动查询为fabao_query */
  feed_back_type: string;
  /** 采纳理由 */
  reason?: string;
  /** 口径id */
  standpoint_id: Int64Input;
  /** 提交人 */
  submit_people: string;
  /** 案件id */
  suit_id: Int64Input;
}

const REQUEST_SCHEMA = {
  feedback_request_models: [
    {
      accept_flag: 'Boolean',
      defense_caliber: 'String',
      entrust_id: 'Number',
      feed_back_type: 'String',
      reason: 'String',
      standpoint_id: 'Number',
      submit_people: 'String',
      suit_id: 'Number',
    },
  ],
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  content: 'Boolean',
  error_num: 'String',
  error_msg: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.legal.case.querystandpoint.save`: method, response root, request and response schemas. */
export const alibabaLegalCaseQuerystandpointSaveOperation = {
  method: 'alibaba.legal.case.querystandpoint.save',
  responseRoot: 'alibaba_legal_case_querystandpoint_save_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 法宝侧主动查询反馈 — calls TOP method `alibaba.legal.case.querystandpoint.save`.
 *
 * 法宝侧主动查询反馈口径,此接口只用来反馈主动查询的口径,之前推送的口径反馈不适合
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaLegalCaseQuerystandpointSave(
  client: TopClient,
  request: AlibabaLegalCaseQuerystandpointSaveRequest = {},
  options?: CallOptions,
): Promise<AlibabaLegalCaseQuerystandpointSaveResponse> {
  return client.call<AlibabaLegalCaseQuerystandpointSaveResponse>(
    {
      method: 'alibaba.legal.case.querystandpoint.save',
      responseRoot: 'alibaba_legal_case_querystandpoint_save_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
