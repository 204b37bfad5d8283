// Generated from specs/alihealth2/alibaba.alihealth.medicalbase.dept.syncnew.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihealth.medicalbase.dept.syncnew` (直连科室上传). */
export interface AlibabaAlihealthMedicalbaseDeptSyncnewRequest {
  /** 科室状态同步 */
  top_channel_dept_sync_d_t_o: AlibabaAlihealthMedicalbaseDeptSyncnewTopChannelDeptSyncDtoInput;
}

/** Response of `alibaba.alihealth.medicalbase.dept.syncnew`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihealthMedicalbaseDeptSyncnewResponse {
  /** 和三方交互最外层model对象 */
  result?: AlibabaAlihealthMedicalbaseDeptSyncnewTopResultModel;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TopChannelDeptSyncDto` of `alibaba.alihealth.medicalbase.dept.syncnew`. */
export interface AlibabaAlihealthMedicalbaseDeptSyncnewTopChannelDeptSyncDtoInput {
  /** 医院ID+科室ID+状态 */
  biz_content: string;
}

/** `TopResultModel` of `alibaba.alihealth.medicalbase.dept.syncnew`. */
export interface AlibabaAlihealthMedicalbaseDeptSyncnewTopResultModel {
  /** 操作说明 */
  msg_info?: string;
  /** 操作码 */
  msg_code?: string;
  /** isvId */
  model?: boolean;
}

const REQUEST_SCHEMA = {
  top_channel_dept_sync_d_t_o: {
    biz_content: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    msg_info: 'String',
    msg_code: 'String',
    model: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihealth.medicalbase.dept.syncnew`: method, response root, request and response schemas. */
export const alibabaAlihealthMedicalbaseDeptSyncnewOperation = {
  method: 'alibaba.alihealth.medicalbase.dept.syncnew',
  responseRoot: 'alibaba_alihealth_medicalbase_dept_syncnew_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 直连科室上传 — calls TOP method `alibaba.alihealth.medicalbase.dept.syncnew`.
 *
 * 直连科室上传接口
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihealthMedicalbaseDeptSyncnew(
  client: TopClient,
  request: AlibabaAlihealthMedicalbaseDeptSyncnewRequest,
  options?: CallOptions,
): Promise<AlibabaAlihealthMedicalbaseDeptSyncnewResponse> {
  return client.call<AlibabaAlihealthMedicalbaseDeptSyncnewResponse>(
    {
      method: 'alibaba.alihealth.medicalbase.dept.syncnew',
      responseRoot: 'alibaba_alihealth_medicalbase_dept_syncnew_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
