// Generated from specs/alihealth2/alibaba.alihealth.medicalbase.dept.status.sync.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihealth.medicalbase.dept.status.sync` (挂号科室上下线). */
export interface AlibabaAlihealthMedicalbaseDeptStatusSyncRequest {
  /** 科室状态同步 */
  top_channel_dept_sync_d_t_o: AlibabaAlihealthMedicalbaseDeptStatusSyncTopChannelDeptSyncDtoInput;
}

/** Response of `alibaba.alihealth.medicalbase.dept.status.sync`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihealthMedicalbaseDeptStatusSyncResponse {
  /** 和三方交互最外层model对象 */
  result?: AlibabaAlihealthMedicalbaseDeptStatusSyncTopResultModel;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TopChannelDeptSyncDto` of `alibaba.alihealth.medicalbase.dept.status.sync`. */
export interface AlibabaAlihealthMedicalbaseDeptStatusSyncTopChannelDeptSyncDtoInput {
  /** 医院ID+科室ID+状态 */
  biz_content: string;
}

/** `TopResultModel` of `alibaba.alihealth.medicalbase.dept.status.sync`. */
export interface AlibabaAlihealthMedicalbaseDeptStatusSyncTopResultModel {
  /** 操作说明 */
  msg_info?: string;
  /** 操作码 */
  msg_code?: string;
  /** isvId */
  model?: string;
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
    model: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihealth.medicalbase.dept.status.sync`: method, response root, request and response schemas. */
export const alibabaAlihealthMedicalbaseDeptStatusSyncOperation = {
  method: 'alibaba.alihealth.medicalbase.dept.status.sync',
  responseRoot: 'alibaba_alihealth_medicalbase_dept_status_sync_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 挂号科室上下线 — calls TOP method `alibaba.alihealth.medicalbase.dept.status.sync`.
 *
 * 挂号医院上下线
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihealthMedicalbaseDeptStatusSync(
  client: TopClient,
  request: AlibabaAlihealthMedicalbaseDeptStatusSyncRequest,
  options?: CallOptions,
): Promise<AlibabaAlihealthMedicalbaseDeptStatusSyncResponse> {
  return client.call<AlibabaAlihealthMedicalbaseDeptStatusSyncResponse>(
    {
      method: 'alibaba.alihealth.medicalbase.dept.status.sync',
      responseRoot: 'alibaba_alihealth_medicalbase_dept_status_sync_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
