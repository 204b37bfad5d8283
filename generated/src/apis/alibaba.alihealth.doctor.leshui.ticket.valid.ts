// Generated from specs/alihealthoutflow/alibaba.alihealth.doctor.leshui.ticket.valid.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihealth.doctor.leshui.ticket.valid` (乐税token验证). */
export interface AlibabaAlihealthDoctorLeshuiTicketValidRequest {
  /** 入参 */
  param: AlibabaAlihealthDoctorLeshuiTicketValidPayTaxValidationRequestInput;
}

/** Response of `alibaba.alihealth.doctor.leshui.ticket.valid`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihealthDoctorLeshuiTicketValidResponse {
  /** 返回结果 */
  service_result?: AlibabaAlihealthDoctorLeshuiTicketValidServiceResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `PayTaxValidationRequest` of `alibaba.alihealth.doctor.leshui.ticket.valid`. */
export interface AlibabaAlihealthDoctorLeshuiTicketValidPayTaxValidationRequestInput {
  /** 信息获取凭证 */
  ticket: string;
  /** appKey */
  app_key?: string;
  /** 医生id */
  user_id: Int64Input;
}

/** `ServiceResult` of `alibaba.alihealth.doctor.leshui.ticket.valid`. */
export interface AlibabaAlihealthDoctorLeshuiTicketValidServiceResult {
  /** 验证通过 */
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
    ticket: 'String',
    app_key: 'String',
    user_id: 'Number',
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

/** Static description of `alibaba.alihealth.doctor.leshui.ticket.valid`: method, response root, request and response schemas. */
export const alibabaAlihealthDoctorLeshuiTicketValidOperation = {
  method: 'alibaba.alihealth.doctor.leshui.ticket.valid',
  responseRoot: 'alibaba_alihealth_doctor_leshui_ticket_valid_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 乐税token验证 — calls TOP method `alibaba.alihealth.doctor.leshui.ticket.valid`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihealthDoctorLeshuiTicketValid(
  client: TopClient,
  request: AlibabaAlihealthDoctorLeshuiTicketValidRequest,
  options?: CallOptions,
): Promise<AlibabaAlihealthDoctorLeshuiTicketValidResponse> {
  return client.call<AlibabaAlihealthDoctorLeshuiTicketValidResponse>(
    {
      method: 'alibaba.alihealth.doctor.leshui.ticket.valid',
      responseRoot: 'alibaba_alihealth_doctor_leshui_ticket_valid_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
