// Generated from specs/alihealth2/alibaba.alihealth.medical.doctor.sync.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihealth.medical.doctor.sync` (阿里健康预约挂号医生同步接口). */
export interface AlibabaAlihealthMedicalDoctorSyncRequest {
  /** 接口入参 */
  save_request?: AlibabaAlihealthMedicalDoctorSyncCommonRequest4TopInput;
}

/** Response of `alibaba.alihealth.medical.doctor.sync`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihealthMedicalDoctorSyncResponse {
  /** alinkappserver系统返回的通用结果类 */
  result?: AlibabaAlihealthMedicalDoctorSyncServiceResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `CommonRequest4Top` of `alibaba.alihealth.medical.doctor.sync`. */
export interface AlibabaAlihealthMedicalDoctorSyncCommonRequest4TopInput {
  /** hosNo:渠道医院ID,deptNo:渠道科室ID,doctorNo:渠道医生ID,doctorName:医生姓名,status:状态 */
  biz_content?: string;
}

/** `ServiceResult` of `alibaba.alihealth.medical.doctor.sync`. */
export interface AlibabaAlihealthMedicalDoctorSyncServiceResult {
  /** errMessage */
  err_message?: string;
  /** 返回数据对象 */
  data?: Int64;
  /** errCode */
  err_code?: string;
  /** success */
  success?: boolean;
}

const REQUEST_SCHEMA = {
  save_request: {
    biz_content: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    err_message: 'String',
    data: 'Number',
    err_code: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihealth.medical.doctor.sync`: method, response root, request and response schemas. */
export const alibabaAlihealthMedicalDoctorSyncOperation = {
  method: 'alibaba.alihealth.medical.doctor.sync',
  responseRoot: 'alibaba_alihealth_medical_doctor_sync_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 阿里健康预约挂号医生同步接口 — calls TOP method `alibaba.alihealth.medical.doctor.sync`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihealthMedicalDoctorSync(
  client: TopClient,
  request: AlibabaAlihealthMedicalDoctorSyncRequest = {},
  options?: CallOptions,
): Promise<AlibabaAlihealthMedicalDoctorSyncResponse> {
  return client.call<AlibabaAlihealthMedicalDoctorSyncResponse>(
    {
      method: 'alibaba.alihealth.medical.doctor.sync',
      responseRoot: 'alibaba_alihealth_medical_doctor_sync_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
