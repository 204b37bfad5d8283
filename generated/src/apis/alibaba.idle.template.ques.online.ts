// Generated from specs/idle/alibaba.idle.template.ques.online.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.idle.template.ques.online` (预上线SPU问卷版本). */
export interface AlibabaIdleTemplateQuesOnlineRequest {
  /** 参数 */
  questionnaire_support_cmd?: AlibabaIdleTemplateQuesOnlineQuestionnaireSupportCmdInput;
}

/** Response of `alibaba.idle.template.ques.online`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaIdleTemplateQuesOnlineResponse {
  /** 结果 */
  result?: AlibabaIdleTemplateQuesOnlineCommonResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `QuestionnaireSupportCmd` of `alibaba.idle.template.ques.online`. */
export interface AlibabaIdleTemplateQuesOnlineQuestionnaireSupportCmdInput {
  /** 投放业务，RECYCLE_3C（回收），RECYCLE_TENDER（寄拍） */
  biz_type?: string;
  /** spu id */
  spu_id?: Int64Input;
  /** 预上线版本号 */
  pre_version?: string;
}

/** `CommonResult` of `alibaba.idle.template.ques.online`. */
export interface AlibabaIdleTemplateQuesOnlineCommonResult {
  /** 数据类型 */
  data?: AlibabaIdleTemplateQuesOnlineQuestionnaireSupportResult;
  /** 异常编码 */
  error_code?: string;
  /** 异常描述 */
  error_msg?: string;
  /** 请求结果 */
  success?: boolean;
}

/** `QuestionnaireSupportResult` of `alibaba.idle.template.ques.online`. */
export interface AlibabaIdleTemplateQuesOnlineQuestionnaireSupportResult {
  /** spu id */
  spu_id?: Int64;
  /** 投放业务 */
  biz_type?: string;
  /** 预上线版本号 */
  pre_version?: string;
}

const REQUEST_SCHEMA = {
  questionnaire_support_cmd: {
    biz_type: 'String',
    spu_id: 'Number',
    pre_version: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    data: {
      spu_id: 'Number',
      biz_type: 'String',
      pre_version: 'String',
    },
    error_code: 'String',
    error_msg: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.idle.template.ques.online`: method, response root, request and response schemas. */
export const alibabaIdleTemplateQuesOnlineOperation = {
  method: 'alibaba.idle.template.ques.online',
  responseRoot: 'alibaba_idle_template_ques_online_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 预上线SPU问卷版本 — calls TOP method `alibaba.idle.template.ques.online`.
 *
 * 获取SPU最新版本问卷
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaIdleTemplateQuesOnline(
  client: TopClient,
  request: AlibabaIdleTemplateQuesOnlineRequest = {},
  options?: CallOptions,
): Promise<AlibabaIdleTemplateQuesOnlineResponse> {
  return client.call<AlibabaIdleTemplateQuesOnlineResponse>(
    {
      method: 'alibaba.idle.template.ques.online',
      responseRoot: 'alibaba_idle_template_ques_online_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
