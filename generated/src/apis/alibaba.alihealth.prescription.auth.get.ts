// Generated from specs/alihealth/alibaba.alihealth.prescription.auth.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihealth.prescription.auth.get` (阿里健康处方平台获取授权码). */
export interface AlibabaAlihealthPrescriptionAuthGetRequest {
  /** 请求入参 */
  prescription_request: AlibabaAlihealthPrescriptionAuthGetPrescriptionDoctorAuthRequestInput;
}

/** Response of `alibaba.alihealth.prescription.auth.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihealthPrescriptionAuthGetResponse {
  /** alinkappserver系统返回的通用结果类 */
  service_result?: AlibabaAlihealthPrescriptionAuthGetServiceResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `PrescriptionDoctorAuthRequest` of `alibaba.alihealth.prescription.auth.get`. */
export interface AlibabaAlihealthPrescriptionAuthGetPrescriptionDoctorAuthRequestInput {
  /** 医生id(非空) */
  doctor_id: string;
  /** 支付宝userId(非空) */
  alipay_user_id: string;
  /** 医院id(非空) */
  hospital_id: string;
}

/** `ServiceResult` of `alibaba.alihealth.prescription.auth.get`. */
export interface AlibabaAlihealthPrescriptionAuthGetServiceResult {
  /** errMessage */
  err_message?: string;
  /** token */
  data?: string;
  /** errCode */
  err_code?: string;
  /** success */
  success?: boolean;
}

const REQUEST_SCHEMA = {
  prescription_request: {
    doctor_id: 'String',
    alipay_user_id: 'String',
    hospital_id: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  service_result: {
    err_message: 'String',
    data: 'String',
    err_code: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihealth.prescription.auth.get`: method, response root, request and response schemas. */
export const alibabaAlihealthPrescriptionAuthGetOperation = {
  method: 'alibaba.alihealth.prescription.auth.get',
  responseRoot: 'alibaba_alihealth_prescription_auth_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 阿里健康处方平台获取授权码 — calls TOP method `alibaba.alihealth.prescription.auth.get`.
 *
 * 获取处方用户授权
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihealthPrescriptionAuthGet(
  client: TopClient,
  request: AlibabaAlihealthPrescriptionAuthGetRequest,
  options?: CallOptions,
): Promise<AlibabaAlihealthPrescriptionAuthGetResponse> {
  return client.call<AlibabaAlihealthPrescriptionAuthGetResponse>(
    {
      method: 'alibaba.alihealth.prescription.auth.get',
      responseRoot: 'alibaba_alihealth_prescription_auth_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
