// Generated from specs/tmic/tmall.tmic.questionnaire.answer.push.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.tmic.questionnaire.answer.push` (提交单题答案). */
export interface TmallTmicQuestionnaireAnswerPushRequest {
  /** 问卷填答id，从问卷信息接口的应答中获取 */
  record_id: Int64Input;
  /** 问卷唯一编码，从问卷信息接口应答中获取 */
  hash_code: string;
  /** 业务参数，区分问卷分组投放，1024表示分组投放id，fav表示用户动作类型为收藏 */
  biz?: string;
  /** 问卷版本号，从问卷信息接口的应答中获取 */
  version?: Int64Input;
  /**
   * 用户填写的回答，类型为数组
   *
   * Max list size: 20
   */
  user_answer_list?: TmallTmicQuestionnaireAnswerPushAnswerBoInput[];
  /** 开发平台userId */
  open_user_id?: string;
}

/** Response of `tmall.tmic.questionnaire.answer.push`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallTmicQuestionnaireAnswerPushResponse {
  /** 错误提示语 */
  biz_error_info?: string;
  /** 错误编码 */
  biz_error_code?: string;
  /** 是否调用成功 */
  biz_success?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `AnswerBo` of `tmall.tmic.questionnaire.answer.push`. */
export interface TmallTmicQuestionnaireAnswerPushAnswerBoInput {
  /** 问题编码，问卷中的问题的唯一编码，从问卷信息接口的应答中获取 */
  question_code?: string;
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
  hash_code: 'String',
  biz: 'String',
  version: 'Number',
  user_answer_list: [
    {
      question_code: 'String',
      sub_question_code: 'String',
      option_code: 'String',
      option_checked: 'String',
      answer_value: 'String',
    },
  ],
  open_user_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  biz_error_info: 'String',
  biz_error_code: 'String',
  biz_success: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `tmall.tmic.questionnaire.answer.push`: method, response root, request and response schemas. */
export const tmallTmicQuestionnaireAnswerPushOperation = {
  method: 'tmall.tmic.questionnaire.answer.push',
  responseRoot: 'tmall_tmic_questionnaire_answer_push_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 提交单题答案 — calls TOP method `tmall.tmic.questionnaire.answer.push`.
 *
 * 问卷单题回答的提交
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallTmicQuestionnaireAnswerPush(
  client: TopClient,
  request: TmallTmicQuestionnaireAnswerPushRequest,
  options?: CallOptions,
): Promise<TmallTmicQuestionnaireAnswerPushResponse> {
  return client.call<TmallTmicQuestionnaireAnswerPushResponse>(
    {
      method: 'tmall.tmic.questionnaire.answer.push',
      responseRoot: 'tmall_tmic_questionnaire_answer_push_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
