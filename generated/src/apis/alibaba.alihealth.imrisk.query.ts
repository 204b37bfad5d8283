// Generated from specs/alihealth2/alibaba.alihealth.imrisk.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihealth.imrisk.query` (问诊质控接口). */
export interface AlibabaAlihealthImriskQueryRequest {
  /** 入参数 */
  param0?: AlibabaAlihealthImriskQueryIMRiskCheckCommandInput;
}

/** Response of `alibaba.alihealth.imrisk.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihealthImriskQueryResponse {
  /** 返回结果 */
  data?: AlibabaAlihealthImriskQueryIMRule[];
  /** 是否成功 */
  is_success?: boolean;
  /** 错误码 */
  the_err_code?: string;
  /** 错误信息 */
  the_err_msg?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `IMRiskCheckCommand` of `alibaba.alihealth.imrisk.query`. */
export interface AlibabaAlihealthImriskQueryIMRiskCheckCommandInput {
  /** 患者id */
  patient_id: string;
  /** 医生id */
  doctor_id: string;
  /** 场景 */
  scene_name: string;
  /** 租户 */
  tenant_code: string;
  /** 会话id */
  session_id: string;
  /** 会话内容，按照时间排序 */
  conversations: AlibabaAlihealthImriskQueryConversationInput[];
  /** 会话开始时间，YYYY-MM-DD HH:mm:ss格式 */
  biz_time: string;
}

/** `Conversation` of `alibaba.alihealth.imrisk.query`. */
export interface AlibabaAlihealthImriskQueryConversationInput {
  /** PATIENT("患者"), DOCTOR("医生"), SYSTEM("系统") */
  role: string;
  /** YYYY-MM-DD HH:mm:ss格式的时间 */
  time: string;
  /** TEXT("文本"), IMG("图片"), VOICE("语音") */
  content_type: string;
  /** 聊天内容，如果是图片或者语音，需要通过base64编码为String后传入。 */
  content: string;
}

/** `IMRule` of `alibaba.alihealth.imrisk.query`. */
export interface AlibabaAlihealthImriskQueryIMRule {
  /** INTEGRITY("对话完整性"), ATTITUDE("态度"), CONTENT_SECURITY("内容安全") */
  type?: string;
  /** 1: 违规， 2: 疑似， -1: 该类型下，不对结果进行评判 */
  res?: Int64;
  /** 只有ATTITUDE类型才有值，识别的结果，如："语气问题", "辱骂骚扰"，"自我介绍", "感谢用语", "祝福用语", * "礼貌用语", "患者安抚", "随访追问", "邀评关注", "平台推荐"等 */
  label?: string;
}

const REQUEST_SCHEMA = {
  param0: {
    patient_id: 'String',
    doctor_id: 'String',
    scene_name: 'String',
    tenant_code: 'String',
    session_id: 'String',
    conversations: [
      {
        role: 'String',
        time: 'String',
        content_type: 'String',
        content: 'String',
      },
    ],
    biz_time: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  data: [
    {
      type: 'String',
      res: 'Number',
      label: 'String',
    },
  ],
  is_success: 'Boolean',
  the_err_code: 'String',
  the_err_msg: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihealth.imrisk.query`: method, response root, request and response schemas. */
export const alibabaAlihealthImriskQueryOperation = {
  method: 'alibaba.alihealth.imrisk.query',
  responseRoot: 'alibaba_alihealth_imrisk_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 问诊质控接口 — calls TOP method `alibaba.alihealth.imrisk.query`.
 *
 * 阿里健康的问诊质控接口
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihealthImriskQuery(
  client: TopClient,
  request: AlibabaAlihealthImriskQueryRequest = {},
  options?: CallOptions,
): Promise<AlibabaAlihealthImriskQueryResponse> {
  return client.call<AlibabaAlihealthImriskQueryResponse>(
    {
      method: 'alibaba.alihealth.imrisk.query',
      responseRoot: 'alibaba_alihealth_imrisk_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
