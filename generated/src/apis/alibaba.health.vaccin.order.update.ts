// Generated from specs/vaccin/alibaba.health.vaccin.order.update.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.health.vaccin.order.update` (回传取号状态). */
export interface AlibabaHealthVaccinOrderUpdateRequest {
  /** 时间戳 */
  action_time?: Int64Input;
  /** 操作类型 */
  action_type?: string;
  /** 预约单id */
  order_id?: string;
  /** 未接种原因 */
  isv_not_inoculate_reason?: string;
}

/** Response of `alibaba.health.vaccin.order.update`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaHealthVaccinOrderUpdateResponse {
  /** 1 */
  model?: boolean;
  /** 1 */
  is_success?: boolean;
  /** 1 */
  msg_code?: string;
  /** 1 */
  msg_info?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  action_time: 'Number',
  action_type: 'String',
  order_id: 'String',
  isv_not_inoculate_reason: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  model: 'Boolean',
  is_success: 'Boolean',
  msg_code: 'String',
  msg_info: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.health.vaccin.order.update`: method, response root, request and response schemas. */
export const alibabaHealthVaccinOrderUpdateOperation = {
  method: 'alibaba.health.vaccin.order.update',
  responseRoot: 'alibaba_health_vaccin_order_update_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 回传取号状态 — calls TOP method `alibaba.health.vaccin.order.update`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaHealthVaccinOrderUpdate(
  client: TopClient,
  request: AlibabaHealthVaccinOrderUpdateRequest = {},
  options?: CallOptions,
): Promise<AlibabaHealthVaccinOrderUpdateResponse> {
  return client.call<AlibabaHealthVaccinOrderUpdateResponse>(
    {
      method: 'alibaba.health.vaccin.order.update',
      responseRoot: 'alibaba_health_vaccin_order_update_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
