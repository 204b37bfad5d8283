// Generated from specs/tmic/tmall.tmic.questionnaire.answer.submit.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.tmic.questionnaire.answer.submit` (提交问卷答案). */
export interface TmallTmicQuestionnaireAnswerSubmitRequest {
  /** 问卷填答id，从问卷信息接口的应答中获取 */
  record_id: Int64Input;
  /**
   * 用户填写的回答，类型为数组
   *
   * Max list size: 120
   */
  user_answer_list?: TmallTmicQuestionnaireAnswerSubmitAnswerBoInput[];
  /** 问卷唯一编码，从问卷信息接口应答中获取 */
  hash_code: string;
  /** 业务参数，区分问卷分组投放，1024表示分组投放id，fav表示用户动作类型为收藏 */
  biz?: string;
  /** 问卷版本号，从问卷信息接口的应答中获取 */
  version: Int64Input;
  /** openId */
  open_user_id?: string;
}

/** Response of `tmall.tmic.questionnaire.answer.submit`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallTmicQuestionnaireAnswerSubmitResponse {
  /** 错误提示语 */
  biz_error_info?: string;
  /** 错误编码 */
  biz_error_code?: string;
  /** 是否调用成功 */
  biz_success?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `AnswerBo` of `tmall.tmic.questionnaire.answer.submit`. */
export interface TmallTmicQuestionnaireAnswerSubmitAnswerBoInput {
  /** 问题编码，问卷中的问题的唯一编码，从问卷信息接口的应答中获取 */
  question_code: string;
  /** 子问卷编码，问卷中某些问卷包含子问题，唯一区分子问题,从问卷信息接口的应答中获取 */
  sub_question_code?: string;
  /** 选项唯一编码，每道问题的每个选项的唯一区别标识，从问卷信息接口的应答中获取 */
  option_code?: string;
  /** 该选项是否被选中，1选中，2未选中 */
  option_checked?: string;
  /** 文本题的答案，如果是选择题则不填 */
  answer_value?: string;
}

const REQUEST_SCHEMA = {
  record_id: 'Number',
  user_answer_list: [
    {
      question_code: 'String',
      sub_question_code: 'String',
      option_code: 'String',
      option_checked: 'String',
      answer_value: 'String',
    },
  ],
  hash_code: 'String',
  biz: 'String',
  version: 'Number',
  open_user_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  biz_error_info: 'String',
  biz_error_code: 'String',
  biz_success: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `tmall.tmic.questionnaire.answer.submit`: method, response root, request and response schemas. */
export const tmallTmicQuestionnaireAnswerSubmitOperation = {
  method: 'tmall.tmic.questionnaire.answer.submit',
  responseRoot: 'tmall_tmic_questionnaire_answer_submit_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 提交问卷答案 — calls TOP method `tmall.tmic.questionnaire.answer.submit`.
 *
 * 天猫新品创新中心对外开放问卷，提交问卷答案
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallTmicQuestionnaireAnswerSubmit(
  client: TopClient,
  request: TmallTmicQuestionnaireAnswerSubmitRequest,
  options?: CallOptions,
): Promise<TmallTmicQuestionnaireAnswerSubmitResponse> {
  return client.call<TmallTmicQuestionnaireAnswerSubmitResponse>(
    {
      method: 'tmall.tmic.questionnaire.answer.submit',
      responseRoot: 'tmall_tmic_questionnaire_answer_submit_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
