// Generated from specs/alihealth2/alibaba.alihealth.medicalbase.hos.status.sync.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihealth.medicalbase.hos.status.sync` (挂号医院上下线). */
export interface AlibabaAlihealthMedicalbaseHosStatusSyncRequest {
  /** 服务商医院编码 */
  isv_hos_code: string;
  /** 服务项可空 默认 100001 预约挂号服务项 */
  function_code?: string;
  /** normal 正常 maintaining 维护中 */
  status: string;
}

/** Response of `alibaba.alihealth.medicalbase.hos.status.sync`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihealthMedicalbaseHosStatusSyncResponse {
  /** 和三方交互最外层model对象 */
  result?: AlibabaAlihealthMedicalbaseHosStatusSyncTopResultModel;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TopResultModel` of `alibaba.alihealth.medicalbase.hos.status.sync`. */
export interface AlibabaAlihealthMedicalbaseHosStatusSyncTopResultModel {
  /** 操作说明 */
  msg_info?: string;
  /** 操作码 */
  msg_code?: string;
  /** isvId */
  model?: string;
}

const REQUEST_SCHEMA = {
  isv_hos_code: 'String',
  function_code: 'String',
  status: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    msg_info: 'String',
    msg_code: 'String',
    model: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihealth.medicalbase.hos.status.sync`: method, response root, request and response schemas. */
export const alibabaAlihealthMedicalbaseHosStatusSyncOperation = {
  method: 'alibaba.alihealth.medicalbase.hos.status.sync',
  responseRoot: 'alibaba_alihealth_medicalbase_hos_status_sync_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 挂号医院上下线 — calls TOP method `alibaba.alihealth.medicalbase.hos.status.sync`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihealthMedicalbaseHosStatusSync(
  client: TopClient,
  request: AlibabaAlihealthMedicalbaseHosStatusSyncRequest,
  options?: CallOptions,
): Promise<AlibabaAlihealthMedicalbaseHosStatusSyncResponse> {
  return client.call<AlibabaAlihealthMedicalbaseHosStatusSyncResponse>(
    {
      method: 'alibaba.alihealth.medicalbase.hos.status.sync',
      responseRoot: 'alibaba_alihealth_medicalbase_hos_status_sync_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
