// Generated from specs/alihealth2/alibaba.alihealth.reserve.dental.modifyrestime.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihealth.reserve.dental.modifyrestime` (修改预约时间). */
export interface AlibabaAlihealthReserveDentalModifyrestimeRequest {
  /** 预约单ID */
  reserve_id?: Int64Input;
  /** 预约时间 */
  reserve_time?: string;
}

/** Response of `alibaba.alihealth.reserve.dental.modifyrestime`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihealthReserveDentalModifyrestimeResponse {
  /** result */
  result?: AlibabaAlihealthReserveDentalModifyrestimeResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `alibaba.alihealth.reserve.dental.modifyrestime`. */
export interface AlibabaAlihealthReserveDentalModifyrestimeResult {
  /** errCode */
  err_code?: string;
  /** errMessage */
  err_message?: string;
  /** success */
  success?: boolean;
}

const REQUEST_SCHEMA = {
  reserve_id: 'Number',
  reserve_time: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    err_code: 'String',
    err_message: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihealth.reserve.dental.modifyrestime`: method, response root, request and response schemas. */
export const alibabaAlihealthReserveDentalModifyrestimeOperation = {
  method: 'alibaba.alihealth.reserve.dental.modifyrestime',
  responseRoot: 'alibaba_alihealth_reserve_dental_modifyrestime_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 修改预约时间 — calls TOP method `alibaba.alihealth.reserve.dental.modifyrestime`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihealthReserveDentalModifyrestime(
  client: TopClient,
  request: AlibabaAlihealthReserveDentalModifyrestimeRequest = {},
  options?: CallOptions,
): Promise<AlibabaAlihealthReserveDentalModifyrestimeResponse> {
  return client.call<AlibabaAlihealthReserveDentalModifyrestimeResponse>(
    {
      method: 'alibaba.alihealth.reserve.dental.modifyrestime',
      responseRoot: 'alibaba_alihealth_reserve_dental_modifyrestime_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
