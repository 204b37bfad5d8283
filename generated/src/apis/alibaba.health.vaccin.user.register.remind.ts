// Generated from specs/vaccin/alibaba.health.vaccin.user.register.remind.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.health.vaccin.user.register.remind` (isv到苗提醒). */
export interface AlibabaHealthVaccinUserRegisterRemindRequest {
  /** 入参 */
  isv_vc_available_remind_request?: AlibabaHealthVaccinUserRegisterRemindIsvVcAvailableRemindRequestInput;
}

/** Response of `alibaba.health.vaccin.user.register.remind`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaHealthVaccinUserRegisterRemindResponse {
  /** 是否成功 */
  is_success?: boolean;
  /** 出参 */
  model?: AlibabaHealthVaccinUserRegisterRemindIsvVcAvailableRemindResponse;
  /** info */
  msg_info?: string;
  /** code */
  msg_code?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `IsvVcAvailableRemindRequest` of `alibaba.health.vaccin.user.register.remind`. */
export interface AlibabaHealthVaccinUserRegisterRemindIsvVcAvailableRemindRequestInput {
  /** 阿里健康的疫苗id */
  vaccine_id: string;
  /** 阿里健康的pov id */
  pov_id: string;
}

/** `IsvVcAvailableRemindResponse` of `alibaba.health.vaccin.user.register.remind`. */
export interface AlibabaHealthVaccinUserRegisterRemindIsvVcAvailableRemindResponse {
  /** 登记单总数 */
  total?: Int64;
  /** 登记单主键id。total如果大于200，则只显示200个id */
  outer_register_id_list?: string[];
}

const REQUEST_SCHEMA = {
  isv_vc_available_remind_request: {
    vaccine_id: 'String',
    pov_id: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  is_success: 'Boolean',
  model: {
    total: 'Number',
    outer_register_id_list: ['String'],
  },
  msg_info: 'String',
  msg_code: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.health.vaccin.user.register.remind`: method, response root, request and response schemas. */
export const alibabaHealthVaccinUserRegisterRemindOperation = {
  method: 'alibaba.health.vaccin.user.register.remind',
  responseRoot: 'alibaba_health_vaccin_user_register_remind_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * isv到苗提醒 — calls TOP method `alibaba.health.vaccin.user.register.remind`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaHealthVaccinUserRegisterRemind(
  client: TopClient,
  request: AlibabaHealthVaccinUserRegisterRemindRequest = {},
  options?: CallOptions,
): Promise<AlibabaHealthVaccinUserRegisterRemindResponse> {
  return client.call<AlibabaHealthVaccinUserRegisterRemindResponse>(
    {
      method: 'alibaba.health.vaccin.user.register.remind',
      responseRoot: 'alibaba_health_vaccin_user_register_remind_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
