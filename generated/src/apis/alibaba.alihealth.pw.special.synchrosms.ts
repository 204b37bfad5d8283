// Generated from specs/alihealthpw/alibaba.alihealth.pw.special.synchrosms.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihealth.pw.special.synchrosms` (同步短信信息至阿里健康). */
export interface AlibabaAlihealthPwSpecialSynchrosmsRequest {
  /** 入参 */
  body?: AlibabaAlihealthPwSpecialSynchrosmsSynchroSmsDtoInput;
}

/** Response of `alibaba.alihealth.pw.special.synchrosms`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihealthPwSpecialSynchrosmsResponse {
  /** 返回值 */
  result?: AlibabaAlihealthPwSpecialSynchrosmsResponseMessage;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `SynchroSmsDto` of `alibaba.alihealth.pw.special.synchrosms`. */
export interface AlibabaAlihealthPwSpecialSynchrosmsSynchroSmsDtoInput {
  /** 患者姓名 */
  patient_name?: string;
  /** 短信通知手机号 */
  sms_phone?: string;
  /** 就诊医院 */
  treat_hospital?: string;
  /** 唯一编码 */
  user_unique_code: string;
  /** 申请项目 */
  project_third_id?: string;
  /** 医院收件人 */
  hospital_addressee?: string;
  /** 医院收件电话 */
  hospital_ems_phone?: string;
  /** 医院收件地址 */
  hospital_ems_address?: string;
  /** 医院地址 */
  hospital_address?: string;
  /** 医院电话 */
  hospital_phone?: string;
}

/** `ResponseMessage` of `alibaba.alihealth.pw.special.synchrosms`. */
export interface AlibabaAlihealthPwSpecialSynchrosmsResponseMessage {
  /** 状态码 */
  code?: string;
  /** 错误信息 */
  message?: string;
}

const REQUEST_SCHEMA = {
  body: {
    patient_name: 'String',
    sms_phone: 'String',
    treat_hospital: 'String',
    user_unique_code: 'String',
    project_third_id: 'String',
    hospital_addressee: 'String',
    hospital_ems_phone: 'String',
    hospital_ems_address: 'String',
    hospital_address: 'String',
    hospital_phone: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    code: 'String',
    message: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihealth.pw.special.synchrosms`: method, response root, request and response schemas. */
export const alibabaAlihealthPwSpecialSynchrosmsOperation = {
  method: 'alibaba.alihealth.pw.special.synchrosms',
  responseRoot: 'alibaba_alihealth_pw_special_synchrosms_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 同步短信信息至阿里健康 — calls TOP method `alibaba.alihealth.pw.special.synchrosms`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihealthPwSpecialSynchrosms(
  client: TopClient,
  request: AlibabaAlihealthPwSpecialSynchrosmsRequest = {},
  options?: CallOptions,
): Promise<AlibabaAlihealthPwSpecialSynchrosmsResponse> {
  return client.call<AlibabaAlihealthPwSpecialSynchrosmsResponse>(
    {
      method: 'alibaba.alihealth.pw.special.synchrosms',
      responseRoot: 'alibaba_alihealth_pw_special_synchrosms_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
