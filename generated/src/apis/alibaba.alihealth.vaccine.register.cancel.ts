// Generated from specs/vaccin/alibaba.alihealth.vaccine.register.cancel.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihealth.vaccine.register.cancel` (取消登记). */
export interface AlibabaAlihealthVaccineRegisterCancelRequest {
  /** 无 */
  top_request: AlibabaAlihealthVaccineRegisterCancelCancelVcRegisterRequestInput;
}

/** Response of `alibaba.alihealth.vaccine.register.cancel`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihealthVaccineRegisterCancelResponse {
  /** 无 */
  result?: AlibabaAlihealthVaccineRegisterCancelMtopResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `CancelVcRegisterRequest` of `alibaba.alihealth.vaccine.register.cancel`. */
export interface AlibabaAlihealthVaccineRegisterCancelCancelVcRegisterRequestInput {
  /** cdc侧的登记单id */
  register_id: string;
  /** 健康侧的用户支付宝id */
  user_id: string;
  /** 取消登记时间，会校验格式 yyyy-MM-dd HH:mm:ss */
  cancel_time: string;
}

/** `MtopResult` of `alibaba.alihealth.vaccine.register.cancel`. */
export interface AlibabaAlihealthVaccineRegisterCancelMtopResult {
  /** 是否取消成功 */
  model?: boolean;
  /** 是否调用成功 */
  success?: boolean;
  /** 错误码 */
  err_code?: string;
  /** 错误提示 */
  err_message?: string;
}

const REQUEST_SCHEMA = {
  top_request: {
    register_id: 'String',
    user_id: 'String',
    cancel_time: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    model: 'Boolean',
    success: 'Boolean',
    err_code: 'String',
    err_message: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihealth.vaccine.register.cancel`: method, response root, request and response schemas. */
export const alibabaAlihealthVaccineRegisterCancelOperation = {
  method: 'alibaba.alihealth.vaccine.register.cancel',
  responseRoot: 'alibaba_alihealth_vaccine_register_cancel_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 取消登记 — calls TOP method `alibaba.alihealth.vaccine.register.cancel`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihealthVaccineRegisterCancel(
  client: TopClient,
  request: AlibabaAlihealthVaccineRegisterCancelRequest,
  options?: CallOptions,
): Promise<AlibabaAlihealthVaccineRegisterCancelResponse> {
  return client.call<AlibabaAlihealthVaccineRegisterCancelResponse>(
    {
      method: 'alibaba.alihealth.vaccine.register.cancel',
      responseRoot: 'alibaba_alihealth_vaccine_register_cancel_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
