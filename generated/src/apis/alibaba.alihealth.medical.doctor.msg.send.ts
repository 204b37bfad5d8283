// Generated from specs/alihealthmedical/alibaba.alihealth.medical.doctor.msg.send.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihealth.medical.doctor.msg.send` (三方医生消息写入). */
export interface AlibabaAlihealthMedicalDoctorMsgSendRequest {
  /** request */
  inquiry: AlibabaAlihealthMedicalDoctorMsgSendOuterMsgPullRequestInput;
}

/** Response of `alibaba.alihealth.medical.doctor.msg.send`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihealthMedicalDoctorMsgSendResponse {
  /** result */
  result?: AlibabaAlihealthMedicalDoctorMsgSendServiceResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `OuterMsgPullRequest` of `alibaba.alihealth.medical.doctor.msg.send`. */
export interface AlibabaAlihealthMedicalDoctorMsgSendOuterMsgPullRequestInput {
  /** 内容 */
  content: AlibabaAlihealthMedicalDoctorMsgSendOuterMsgContentInput;
  /** 消息内容类型 1-文本，2-图片，3-音频，31-医嘱小结 */
  content_type: Int64Input;
  /** 外部医生id */
  doctor_uuid: string;
  /** 会话id */
  session_id: string;
}

/** `OuterMsgContent` of `alibaba.alihealth.medical.doctor.msg.send`. */
export interface AlibabaAlihealthMedicalDoctorMsgSendOuterMsgContentInput {
  /** 文本 */
  text?: string;
  /** 音频 */
  radio?: string;
  /** 音频时长 */
  radio_time?: Int64Input;
  /** 诊断 */
  diagnose?: string;
  /** 建议 */
  advice?: string;
  /** 发送时间戳 */
  send_time?: Int64Input;
  /** 图片 */
  pic?: string[];
}

/** `ServiceResult` of `alibaba.alihealth.medical.doctor.msg.send`. */
export interface AlibabaAlihealthMedicalDoctorMsgSendServiceResult {
  /** 返回数据对象 */
  data?: AlibabaAlihealthMedicalDoctorMsgSendOuterMsgPullVo;
  /** errCode */
  err_code?: string;
  /** success */
  success?: boolean;
  /** errMessage */
  err_message?: string;
}

/** `OuterMsgPullVo` of `alibaba.alihealth.medical.doctor.msg.send`. */
export interface AlibabaAlihealthMedicalDoctorMsgSendOuterMsgPullVo {
  /** 消息id */
  record_id?: string;
  /** 会话id */
  session_id?: string;
}

const REQUEST_SCHEMA = {
  inquiry: {
    content: {
      text: 'String',
      radio: 'String',
      radio_time: 'Number',
      diagnose: 'String',
      advice: 'String',
      send_time: 'Number',
      pic: ['String'],
    },
    content_type: 'Number',
    doctor_uuid: 'String',
    session_id: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    data: {
      record_id: 'String',
      session_id: 'String',
    },
    err_code: 'String',
    success: 'Boolean',
    err_message: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihealth.medical.doctor.msg.send`: method, response root, request and response schemas. */
export const alibabaAlihealthMedicalDoctorMsgSendOperation = {
  method: 'alibaba.alihealth.medical.doctor.msg.send',
  responseRoot: 'alibaba_alihealth_medical_doctor_msg_send_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 三方医生消息写入 — calls TOP method `alibaba.alihealth.medical.doctor.msg.send`.
 *
 * 三方机构医生端发送消息同步写入阿里健康IM
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihealthMedicalDoctorMsgSend(
  client: TopClient,
  request: AlibabaAlihealthMedicalDoctorMsgSendRequest,
  options?: CallOptions,
): Promise<AlibabaAlihealthMedicalDoctorMsgSendResponse> {
  return client.call<AlibabaAlihealthMedicalDoctorMsgSendResponse>(
    {
      method: 'alibaba.alihealth.medical.doctor.msg.send',
      responseRoot: 'alibaba_alihealth_medical_doctor_msg_send_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
