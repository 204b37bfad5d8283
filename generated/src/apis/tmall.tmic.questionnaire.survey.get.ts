// Generated from specs/tmic/tmall.tmic.questionnaire.survey.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.tmic.questionnaire.survey.get` (天猫新品创新中心问卷数据获取). */
export interface TmallTmicQuestionnaireSurveyGetRequest {
  /** 问卷hashCode，问卷对外唯一编码 */
  hash_code: string;
  /** biz业务参数，1024表示投放id，下划线分隔，fav表示收藏行为的英文 */
  biz?: string;
  /** open_id */
  open_user_id?: string;
}

/** Response of `tmall.tmic.questionnaire.survey.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallTmicQuestionnaireSurveyGetResponse {
  /** result */
  result?: TmallTmicQuestionnaireSurveyGetResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `tmall.tmic.questionnaire.survey.get`. */
export interface TmallTmicQuestionnaireSurveyGetResult {
  /** 是否调用成功 */
  biz_success?: boolean;
  /** 问卷记录id，用于区别不同的回答记录，在提交回答的时候作为请求参数 */
  record_id?: Int64;
  /** 问卷相关的logo地址 */
  logo?: string;
  /** 问卷标题 */
  title?: string;
  /** 问题列表 */
  question_list?: TmallTmicQuestionnaireSurveyGetQuestionBo[];
  /** 错误提示 */
  biz_error_info?: string;
  /** 问卷描述 */
  description?: string;
  /** 问题数量 */
  question_count?: Int64;
  /** 错误编码 */
  biz_error_code?: string;
  /** 问卷版本号 */
  version?: Int64;
}

/** `QuestionBo` of `tmall.tmic.questionnaire.survey.get`. */
export interface TmallTmicQuestionnaireSurveyGetQuestionBo {
  /** 问题排序字段 */
  order_number?: Int64;
  /** 问题编码，在一份问卷中唯一，在提交答案时作为请求参数 */
  code?: string;
  /** 问卷描述 */
  description?: string;
  /** 问题类型，1-单选，2-多选，3-单行文本，4-多行文本 */
  type?: Int64;
  /** 问卷提示 */
  tip?: string;
  /** 错误提示 */
  err_tip?: string;
  /** 该题是否必答，true-必答，false-选答 */
  required?: boolean;
  /** 选项最大个数，5表示最多5个选项 */
  option_limit?: Int64;
  /** 文本控件占位符 */
  placeholder?: string;
  /** optionBO */
  option_bo?: TmallTmicQuestionnaireSurveyGetOptionBo;
  /** 子问题 */
  sub_question_b_o?: TmallTmicQuestionnaireSurveyGetSubQuestionBo;
}

/** `OptionBo` of `tmall.tmic.questionnaire.survey.get`. */
export interface TmallTmicQuestionnaireSurveyGetOptionBo {
  /** optionItemBOList */
  option_item_bo_list?: TmallTmicQuestionnaireSurveyGetOptionItemBo[];
}

/** `OptionItemBo` of `tmall.tmic.questionnaire.survey.get`. */
export interface TmallTmicQuestionnaireSurveyGetOptionItemBo {
  /** code */
  code?: string;
  /** value */
  value?: string;
  /** tip */
  tip?: string;
  /** supplement */
  supplement?: boolean;
  /** exclusion */
  exclusion?: boolean;
  /** randomGroupNumber */
  random_group_number?: Int64;
  /** end */
  end?: boolean;
}

/** `SubQuestionBo` of `tmall.tmic.questionnaire.survey.get`. */
export interface TmallTmicQuestionnaireSurveyGetSubQuestionBo {
  /** 子问题列表 */
  sub_question_item_b_o_list?: TmallTmicQuestionnaireSurveyGetSubQuestionItemBo[];
}

/** `SubQuestionItemBo` of `tmall.tmic.questionnaire.survey.get`. */
export interface TmallTmicQuestionnaireSurveyGetSubQuestionItemBo {
  /** code */
  code?: string;
  /** 描述 */
  description?: string;
  /** 随机组号 */
  random_group_number?: Int64;
}

const REQUEST_SCHEMA = {
  hash_code: 'String',
  biz: 'String',
  open_user_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    biz_success: 'Boolean',
    record_id: 'Number',
    logo: 'String',
    title: 'String',
    question_list: [
      {
        order_number: 'Number',
        code: 'String',
        description: 'String',
        type: 'Number',
        tip: 'String',
        err_tip: 'String',
        required: 'Boolean',
        option_limit: 'Number',
        placeholder: 'String',
        option_bo: {
          option_item_bo_list: [
            {
              code: 'String',
              value: 'String',
              tip: 'String',
              supplement: 'Boolean',
              exclusion: 'Boolean',
              random_group_number: 'Number',
              end: 'Boolean',
            },
          ],
        },
        sub_question_b_o: {
          sub_question_item_b_o_list: [
            {
              code: 'String',
              description: 'String',
              random_group_number: 'Number',
            },
          ],
        },
      },
    ],
    biz_error_info: 'String',
    description: 'String',
    question_count: 'Number',
    biz_error_code: 'String',
    version: 'Number',
  },
} as const satisfies ObjectSchema;

/** Static description of `tmall.tmic.questionnaire.survey.get`: method, response root, request and response schemas. */
export const tmallTmicQuestionnaireSurveyGetOperation = {
  method: 'tmall.tmic.questionnaire.survey.get',
  responseRoot: 'tmall_tmic_questionnaire_survey_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 天猫新品创新中心问卷数据获取 — calls TOP method `tmall.tmic.questionnaire.survey.get`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallTmicQuestionnaireSurveyGet(
  client: TopClient,
  request: TmallTmicQuestionnaireSurveyGetRequest,
  options?: CallOptions,
): Promise<TmallTmicQuestionnaireSurveyGetResponse> {
  return client.call<TmallTmicQuestionnaireSurveyGetResponse>(
    {
      method: 'tmall.tmic.questionnaire.survey.get',
      responseRoot: 'tmall_tmic_questionnaire_survey_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
