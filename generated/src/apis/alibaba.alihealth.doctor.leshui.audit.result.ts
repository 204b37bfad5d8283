// Generated from specs/alihealthoutflow/alibaba.alihealth.doctor.leshui.audit.result.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihealth.doctor.leshui.audit.result` (乐税审核结果通知). */
export interface AlibabaAlihealthDoctorLeshuiAuditResultRequest {
  /** 入参 */
  param?: AlibabaAlihealthDoctorLeshuiAuditResultPayTaxNoticeRequestInput;
}

/** Response of `alibaba.alihealth.doctor.leshui.audit.result`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihealthDoctorLeshuiAuditResultResponse {
  /** 返回结果 */
  service_result?: AlibabaAlihealthDoctorLeshuiAuditResultServiceResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `PayTaxNoticeRequest` of `alibaba.alihealth.doctor.leshui.audit.result`. */
export interface AlibabaAlihealthDoctorLeshuiAuditResultPayTaxNoticeRequestInput {
  /** 审核操作类型 */
  action: string;
  /** appKey */
  app_key?: string;
  /** 来源 */
  source: string;
  /** 医生id */
  user_id: Int64Input;
  /** 扩展信息 */
  ext_info?: string;
}

/** `ServiceResult` of `alibaba.alihealth.doctor.leshui.audit.result`. */
export interface AlibabaAlihealthDoctorLeshuiAuditResultServiceResult {
  /** 通知成功 */
  data?: boolean;
  /** 调用成功 */
  success?: boolean;
  /** 错误code */
  err_code?: string;
  /** 错误message */
  err_message?: string;
}

const REQUEST_SCHEMA = {
  param: {
    action: 'String',
    app_key: 'String',
    source: 'String',
    user_id: 'Number',
    ext_info: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  service_result: {
    data: 'Boolean',
    success: 'Boolean',
    err_code: 'String',
    err_message: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihealth.doctor.leshui.audit.result`: method, response root, request and response schemas. */
export const alibabaAlihealthDoctorLeshuiAuditResultOperation = {
  method: 'alibaba.alihealth.doctor.leshui.audit.result',
  responseRoot: 'alibaba_alihealth_doctor_leshui_audit_result_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 乐税审核结果通知 — calls TOP method `alibaba.alihealth.doctor.leshui.audit.result`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihealthDoctorLeshuiAuditResult(
  client: TopClient,
  request: AlibabaAlihealthDoctorLeshuiAuditResultRequest = {},
  options?: CallOptions,
): Promise<AlibabaAlihealthDoctorLeshuiAuditResultResponse> {
  return client.call<AlibabaAlihealthDoctorLeshuiAuditResultResponse>(
    {
      method: 'alibaba.alihealth.doctor.leshui.audit.result',
      responseRoot: 'alibaba_alihealth_doctor_leshui_audit_result_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
