// Generated from specs/alihealth2/alibaba.alihealth.medical.department.sync.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihealth.medical.department.sync` (阿里健康预约挂号科室同步接口). */
export interface AlibabaAlihealthMedicalDepartmentSyncRequest {
  /** 接口入参 */
  save_request?: AlibabaAlihealthMedicalDepartmentSyncCommonRequest4TopInput;
}

/** Response of `alibaba.alihealth.medical.department.sync`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihealthMedicalDepartmentSyncResponse {
  /** alinkappserver系统返回的通用结果类 */
  result?: AlibabaAlihealthMedicalDepartmentSyncServiceResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `CommonRequest4Top` of `alibaba.alihealth.medical.department.sync`. */
export interface AlibabaAlihealthMedicalDepartmentSyncCommonRequest4TopInput {
  /** hosNo:渠道医院ID,deptNo:渠道科室ID,deptName:科室名称,status:状态 */
  biz_content?: string;
}

/** `ServiceResult` of `alibaba.alihealth.medical.department.sync`. */
export interface AlibabaAlihealthMedicalDepartmentSyncServiceResult {
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

/** Static description of `alibaba.alihealth.medical.department.sync`: method, response root, request and response schemas. */
export const alibabaAlihealthMedicalDepartmentSyncOperation = {
  method: 'alibaba.alihealth.medical.department.sync',
  responseRoot: 'alibaba_alihealth_medical_department_sync_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 阿里健康预约挂号科室同步接口 — calls TOP method `alibaba.alihealth.medical.department.sync`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihealthMedicalDepartmentSync(
  client: TopClient,
  request: AlibabaAlihealthMedicalDepartmentSyncRequest = {},
  options?: CallOptions,
): Promise<AlibabaAlihealthMedicalDepartmentSyncResponse> {
  return client.call<AlibabaAlihealthMedicalDepartmentSyncResponse>(
    {
      method: 'alibaba.alihealth.medical.department.sync',
      responseRoot: 'alibaba_alihealth_medical_department_sync_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
