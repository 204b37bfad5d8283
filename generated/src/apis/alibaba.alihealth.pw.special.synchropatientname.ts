// Generated from specs/alihealthpw/alibaba.alihealth.pw.special.synchropatientname.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihealth.pw.special.synchropatientname` (同步患者姓名至阿里健康). */
export interface AlibabaAlihealthPwSpecialSynchropatientnameRequest {
  /** 入参 */
  body?: AlibabaAlihealthPwSpecialSynchropatientnameSynchroPatientNameDtoInput;
}

/** Response of `alibaba.alihealth.pw.special.synchropatientname`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihealthPwSpecialSynchropatientnameResponse {
  /** 返回值 */
  result?: AlibabaAlihealthPwSpecialSynchropatientnameResponseMessage;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `SynchroPatientNameDto` of `alibaba.alihealth.pw.special.synchropatientname`. */
export interface AlibabaAlihealthPwSpecialSynchropatientnameSynchroPatientNameDtoInput {
  /** 患者姓名 */
  patient_name?: string;
  /** 修改时间 */
  modify_time?: string;
  /** 唯一编码 */
  user_unique_code: string;
  /** 申请项目 */
  project_third_id?: string;
}

/** `ResponseMessage` of `alibaba.alihealth.pw.special.synchropatientname`. */
export interface AlibabaAlihealthPwSpecialSynchropatientnameResponseMessage {
  /** 状态码 */
  code?: string;
  /** 错误信息 */
  message?: string;
}

const REQUEST_SCHEMA = {
  body: {
    patient_name: 'String',
    modify_time: 'String',
    user_unique_code: 'String',
    project_third_id: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    code: 'String',
    message: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihealth.pw.special.synchropatientname`: method, response root, request and response schemas. */
export const alibabaAlihealthPwSpecialSynchropatientnameOperation = {
  method: 'alibaba.alihealth.pw.special.synchropatientname',
  responseRoot: 'alibaba_alihealth_pw_special_synchropatientname_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 同步患者姓名至阿里健康 — calls TOP method `alibaba.alihealth.pw.special.synchropatientname`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihealthPwSpecialSynchropatientname(
  client: TopClient,
  request: AlibabaAlihealthPwSpecialSynchropatientnameRequest = {},
  options?: CallOptions,
): Promise<AlibabaAlihealthPwSpecialSynchropatientnameResponse> {
  return client.call<AlibabaAlihealthPwSpecialSynchropatientnameResponse>(
    {
      method: 'alibaba.alihealth.pw.special.synchropatientname',
      responseRoot: 'alibaba_alihealth_pw_special_synchropatientname_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
