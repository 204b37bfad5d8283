// Generated from specs/alihealthoutflow/alibaba.alihealth.doctor.income.update.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihealth.doctor.income.update` (医蝶谷医生收入打款情况回调). */
export interface AlibabaAlihealthDoctorIncomeUpdateRequest {
  /** 入参 */
  doctor_income_status_request: AlibabaAlihealthDoctorIncomeUpdateDoctorIncomeStatusRequestInput;
}

/** Response of `alibaba.alihealth.doctor.income.update`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihealthDoctorIncomeUpdateResponse {
  /** 接口是否成功 */
  data?: boolean;
  /** 错误码 */
  exception_code?: string;
  /** 错误信息 */
  exception_message?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `DoctorIncomeStatusRequest` of `alibaba.alihealth.doctor.income.update`. */
export interface AlibabaAlihealthDoctorIncomeUpdateDoctorIncomeStatusRequestInput {
  /** 说明信息 */
  msg?: string;
  /** 医生收入流水号 */
  income_id?: Int64Input;
  /** 医生id */
  doctor_id?: string;
  /** 是否打款成功 */
  status?: string;
}

const REQUEST_SCHEMA = {
  doctor_income_status_request: {
    msg: 'String',
    income_id: 'Number',
    doctor_id: 'String',
    status: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  data: 'Boolean',
  exception_code: 'String',
  exception_message: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihealth.doctor.income.update`: method, response root, request and response schemas. */
export const alibabaAlihealthDoctorIncomeUpdateOperation = {
  method: 'alibaba.alihealth.doctor.income.update',
  responseRoot: 'alibaba_alihealth_doctor_income_update_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 医蝶谷医生收入打款情况回调 — calls TOP method `alibaba.alihealth.doctor.income.update`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihealthDoctorIncomeUpdate(
  client: TopClient,
  request: AlibabaAlihealthDoctorIncomeUpdateRequest,
  options?: CallOptions,
): Promise<AlibabaAlihealthDoctorIncomeUpdateResponse> {
  return client.call<AlibabaAlihealthDoctorIncomeUpdateResponse>(
    {
      method: 'alibaba.alihealth.doctor.income.update',
      responseRoot: 'alibaba_alihealth_doctor_income_update_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
