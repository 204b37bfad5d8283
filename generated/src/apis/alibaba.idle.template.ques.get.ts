// Generated from specs/idle/alibaba.idle.template.ques.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.idle.template.ques.get` (获取SPU最新版本问卷). */
export interface AlibabaIdleTemplateQuesGetRequest {
  /** 请求参数 */
  spu_questionnaire_top_qry?: AlibabaIdleTemplateQuesGetSpuQuestionnaireTopQryInput;
}

/** Response of `alibaba.idle.template.ques.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaIdleTemplateQuesGetResponse {
  /** 结果 */
  result?: AlibabaIdleTemplateQuesGetCommonResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `SpuQuestionnaireTopQry` of `alibaba.idle.template.ques.get`. */
export interface AlibabaIdleTemplateQuesGetSpuQuestionnaireTopQryInput {
  /** 投放业务，RECYCLE_3C（回收），RECYCLE_TENDER（寄拍） */
  biz_type: string;
  /** SPU ID */
  spu_id: Int64Input;
}

/** `CommonResult` of `alibaba.idle.template.ques.get`. */
export interface AlibabaIdleTemplateQuesGetCommonResult {
  /** 结果数据 */
  data?: AlibabaIdleTemplateQuesGetQuestionnaireInfoTopVO;
  /** 请求结果 */
  success?: boolean;
  /** 异常编码 */
  error_code?: string;
  /** 异常描述 */
  error_msg?: string;
}

/** `QuestionnaireInfoTopVO` of `alibaba.idle.template.ques.get`. */
export interface AlibabaIdleTemplateQuesGetQuestionnaireInfoTopVO {
  /** SPUID */
  spu_id?: Int64;
  /** 投放业务，RECYCLE_3C（回收），RECYCLE_TENDER（寄拍） */
  biz_type?: string;
  /** 在线版本号 */
  online_version?: string;
  /** 在线问卷内容 */
  online_questionnaire?: string;
  /** 预发布版本号 */
  pre_version?: string;
  /** 预发布问卷 */
  pre_questionnaire?: string;
  /** 预发模板ID */
  pre_template_id?: Int64;
  /** 预发模板名称 */
  pre_template_name?: string;
  /** 线上模板ID */
  online_template_id?: Int64;
  /** 线上模板名称 */
  online_template_name?: string;
}

const REQUEST_SCHEMA = {
  spu_questionnaire_top_qry: {
    biz_type: 'String',
    spu_id: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    data: {
      spu_id: 'Number',
      biz_type: 'String',
      online_version: 'String',
      online_questionnaire: 'String',
      pre_version: 'String',
      pre_questionnaire: 'String',
      pre_template_id: 'Number',
      pre_template_name: 'String',
      online_template_id: 'Number',
      online_template_name: 'String',
    },
    success: 'Boolean',
    error_code: 'String',
    error_msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.idle.template.ques.get`: method, response root, request and response schemas. */
export const alibabaIdleTemplateQuesGetOperation = {
  method: 'alibaba.idle.template.ques.get',
  responseRoot: 'alibaba_idle_template_ques_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取SPU最新版本问卷 — calls TOP method `alibaba.idle.template.ques.get`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaIdleTemplateQuesGet(
  client: TopClient,
  request: AlibabaIdleTemplateQuesGetRequest = {},
  options?: CallOptions,
): Promise<AlibabaIdleTemplateQuesGetResponse> {
  return client.call<AlibabaIdleTemplateQuesGetResponse>(
    {
      method: 'alibaba.idle.template.ques.get',
      responseRoot: 'alibaba_idle_template_ques_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
