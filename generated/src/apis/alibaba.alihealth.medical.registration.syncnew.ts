// Generated from specs/alihealth2/alibaba.alihealth.medical.registration.syncnew.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihealth.medical.registration.syncnew` (阿里健康新挂号数据回传). */
export interface AlibabaAlihealthMedicalRegistrationSyncnewRequest {
  /** 接口入参 */
  save_request?: AlibabaAlihealthMedicalRegistrationSyncnewCommonRequest4TopInput;
}

/** Response of `alibaba.alihealth.medical.registration.syncnew`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihealthMedicalRegistrationSyncnewResponse {
  /** alinkappserver系统返回的通用结果类 */
  result?: AlibabaAlihealthMedicalRegistrationSyncnewServiceResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `CommonRequest4Top` of `alibaba.alihealth.medical.registration.syncnew`. */
export interface AlibabaAlihealthMedicalRegistrationSyncnewCommonRequest4TopInput {
  /** 业务数据json */
  biz_content?: string;
}

/** `ServiceResult` of `alibaba.alihealth.medical.registration.syncnew`. */
export interface AlibabaAlihealthMedicalRegistrationSyncnewServiceResult {
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

/** Static description of `alibaba.alihealth.medical.registration.syncnew`: method, response root, request and response schemas. */
export const alibabaAlihealthMedicalRegistrationSyncnewOperation = {
  method: 'alibaba.alihealth.medical.registration.syncnew',
  responseRoot: 'alibaba_alihealth_medical_registration_syncnew_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 阿里健康新挂号数据回传 — calls TOP method `alibaba.alihealth.medical.registration.syncnew`.
 *
 * 阿里健康新挂号记录回传接口
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihealthMedicalRegistrationSyncnew(
  client: TopClient,
  request: AlibabaAlihealthMedicalRegistrationSyncnewRequest = {},
  options?: CallOptions,
): Promise<AlibabaAlihealthMedicalRegistrationSyncnewResponse> {
  return client.call<AlibabaAlihealthMedicalRegistrationSyncnewResponse>(
    {
      method: 'alibaba.alihealth.medical.registration.syncnew',
      responseRoot: 'alibaba_alihealth_medical_registration_syncnew_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
