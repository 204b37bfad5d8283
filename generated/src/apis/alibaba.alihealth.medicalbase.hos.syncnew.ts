// Generated from specs/alihealth2/alibaba.alihealth.medicalbase.hos.syncnew.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihealth.medicalbase.hos.syncnew` (直连医院上传接口). */
export interface AlibabaAlihealthMedicalbaseHosSyncnewRequest {
  /** 212 */
  biz_content: string;
}

/** Response of `alibaba.alihealth.medicalbase.hos.syncnew`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihealthMedicalbaseHosSyncnewResponse {
  /** 和三方交互最外层model对象 */
  result?: AlibabaAlihealthMedicalbaseHosSyncnewTopResultModel;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TopResultModel` of `alibaba.alihealth.medicalbase.hos.syncnew`. */
export interface AlibabaAlihealthMedicalbaseHosSyncnewTopResultModel {
  /** 操作说明 */
  msg_info?: string;
  /** 操作码 */
  msg_code?: string;
  /** isvId */
  model?: string;
}

const REQUEST_SCHEMA = {
  biz_content: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    msg_info: 'String',
    msg_code: 'String',
    model: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihealth.medicalbase.hos.syncnew`: method, response root, request and response schemas. */
export const alibabaAlihealthMedicalbaseHosSyncnewOperation = {
  method: 'alibaba.alihealth.medicalbase.hos.syncnew',
  responseRoot: 'alibaba_alihealth_medicalbase_hos_syncnew_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 直连医院上传接口 — calls TOP method `alibaba.alihealth.medicalbase.hos.syncnew`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihealthMedicalbaseHosSyncnew(
  client: TopClient,
  request: AlibabaAlihealthMedicalbaseHosSyncnewRequest,
  options?: CallOptions,
): Promise<AlibabaAlihealthMedicalbaseHosSyncnewResponse> {
  return client.call<AlibabaAlihealthMedicalbaseHosSyncnewResponse>(
    {
      method: 'alibaba.alihealth.medicalbase.hos.syncnew',
      responseRoot: 'alibaba_alihealth_medicalbase_hos_syncnew_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
