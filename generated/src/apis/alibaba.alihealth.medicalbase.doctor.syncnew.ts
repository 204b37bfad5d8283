// Generated from specs/alihealth2/alibaba.alihealth.medicalbase.doctor.syncnew.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihealth.medicalbase.doctor.syncnew` (直连医生上传). */
export interface AlibabaAlihealthMedicalbaseDoctorSyncnewRequest {
  /** 医生下架 */
  top_channel_doctor_sync_d_t_o: AlibabaAlihealthMedicalbaseDoctorSyncnewTopChannelDoctorSyncDTOInput;
}

/** Response of `alibaba.alihealth.medicalbase.doctor.syncnew`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihealthMedicalbaseDoctorSyncnewResponse {
  /** 和三方交互最外层model对象 */
  result?: AlibabaAlihealthMedicalbaseDoctorSyncnewTopResultModel;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TopChannelDoctorSyncDTO` of `alibaba.alihealth.medicalbase.doctor.syncnew`. */
export interface AlibabaAlihealthMedicalbaseDoctorSyncnewTopChannelDoctorSyncDTOInput {
  /** 医生下架参数 */
  biz_content: string;
}

/** `TopResultModel` of `alibaba.alihealth.medicalbase.doctor.syncnew`. */
export interface AlibabaAlihealthMedicalbaseDoctorSyncnewTopResultModel {
  /** 操作说明 */
  msg_info?: string;
  /** 操作码 */
  msg_code?: string;
  /** isvId */
  model?: string;
}

const REQUEST_SCHEMA = {
  top_channel_doctor_sync_d_t_o: {
    biz_content: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    msg_info: 'String',
    msg_code: 'String',
    model: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihealth.medicalbase.doctor.syncnew`: method, response root, request and response schemas. */
export const alibabaAlihealthMedicalbaseDoctorSyncnewOperation = {
  method: 'alibaba.alihealth.medicalbase.doctor.syncnew',
  responseRoot: 'alibaba_alihealth_medicalbase_doctor_syncnew_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 直连医生上传 — calls TOP method `alibaba.alihealth.medicalbase.doctor.syncnew`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihealthMedicalbaseDoctorSyncnew(
  client: TopClient,
  request: AlibabaAlihealthMedicalbaseDoctorSyncnewRequest,
  options?: CallOptions,
): Promise<AlibabaAlihealthMedicalbaseDoctorSyncnewResponse> {
  return client.call<AlibabaAlihealthMedicalbaseDoctorSyncnewResponse>(
    {
      method: 'alibaba.alihealth.medicalbase.doctor.syncnew',
      responseRoot: 'alibaba_alihealth_medicalbase_doctor_syncnew_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
