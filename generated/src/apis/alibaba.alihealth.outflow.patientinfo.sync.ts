// Generated from specs/alihealthoutflow/alibaba.alihealth.outflow.patientinfo.sync.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihealth.outflow.patientinfo.sync` (处方外流-患者基础信息同步). */
export interface AlibabaAlihealthOutflowPatientinfoSyncRequest {
  /** 入参 */
  sync_patient_info_request?: AlibabaAlihealthOutflowPatientinfoSyncSyncPatientInfoRequestInput;
}

/** Response of `alibaba.alihealth.outflow.patientinfo.sync`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihealthOutflowPatientinfoSyncResponse {
  /** ServiceResult */
  service_result?: AlibabaAlihealthOutflowPatientinfoSyncServiceResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `SyncPatientInfoRequest` of `alibaba.alihealth.outflow.patientinfo.sync`. */
export interface AlibabaAlihealthOutflowPatientinfoSyncSyncPatientInfoRequestInput {
  /** 患者id(非空) */
  patient_id?: string;
  /** 患者姓名(非空) */
  patient_name?: string;
  /** 身份证号(非空) */
  id_card?: string;
  /** 患者手机号(非空) */
  mobile_phone?: string;
  /** 所属医院id(非空) */
  hospital_id?: string;
}

/** `ServiceResult` of `alibaba.alihealth.outflow.patientinfo.sync`. */
export interface AlibabaAlihealthOutflowPatientinfoSyncServiceResult {
  /** 返回数据对象 */
  data?: string;
  /** 错误码 */
  err_code?: string;
  /** 错误信息 */
  err_message?: string;
  /** 标识 */
  success?: boolean;
}

const REQUEST_SCHEMA = {
  sync_patient_info_request: {
    patient_id: 'String',
    patient_name: 'String',
    id_card: 'String',
    mobile_phone: 'String',
    hospital_id: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  service_result: {
    data: 'String',
    err_code: 'String',
    err_message: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihealth.outflow.patientinfo.sync`: method, response root, request and response schemas. */
export const alibabaAlihealthOutflowPatientinfoSyncOperation = {
  method: 'alibaba.alihealth.outflow.patientinfo.sync',
  responseRoot: 'alibaba_alihealth_outflow_patientinfo_sync_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 处方外流-患者基础信息同步 — calls TOP method `alibaba.alihealth.outflow.patientinfo.sync`.
 *
 * 阿里健康-处方外流-对外提供同步患者基础信息功能
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihealthOutflowPatientinfoSync(
  client: TopClient,
  request: AlibabaAlihealthOutflowPatientinfoSyncRequest = {},
  options?: CallOptions,
): Promise<AlibabaAlihealthOutflowPatientinfoSyncResponse> {
  return client.call<AlibabaAlihealthOutflowPatientinfoSyncResponse>(
    {
      method: 'alibaba.alihealth.outflow.patientinfo.sync',
      responseRoot: 'alibaba_alihealth_outflow_patientinfo_sync_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
