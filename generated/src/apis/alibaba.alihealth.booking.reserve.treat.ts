// Generated from specs/alihealth2/alibaba.alihealth.booking.reserve.treat.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihealth.booking.reserve.treat` (确认就诊). */
export interface AlibabaAlihealthBookingReserveTreatRequest {
  /** treat */
  treat?: AlibabaAlihealthBookingReserveTreatIsvReserveRequestInput;
}

/** Response of `alibaba.alihealth.booking.reserve.treat`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihealthBookingReserveTreatResponse {
  /** alinkappserver系统返回的通用结果类 */
  result?: AlibabaAlihealthBookingReserveTreatServiceResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `IsvReserveRequest` of `alibaba.alihealth.booking.reserve.treat`. */
export interface AlibabaAlihealthBookingReserveTreatIsvReserveRequestInput {
  /** 预约单ID */
  reserve_id?: Int64Input;
  /** 订单ID */
  order_id?: string;
  /** 预约单ID */
  sp_reserve_id?: string;
}

/** `ServiceResult` of `alibaba.alihealth.booking.reserve.treat`. */
export interface AlibabaAlihealthBookingReserveTreatServiceResult {
  /** msg_info */
  msg_info?: string;
  /** 返回数据对象 */
  data?: boolean;
  /** msg_code */
  msg_code?: string;
  /** success */
  success?: boolean;
}

const REQUEST_SCHEMA = {
  treat: {
    reserve_id: 'Number',
    order_id: 'String',
    sp_reserve_id: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    msg_info: 'String',
    data: 'Boolean',
    msg_code: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihealth.booking.reserve.treat`: method, response root, request and response schemas. */
export const alibabaAlihealthBookingReserveTreatOperation = {
  method: 'alibaba.alihealth.booking.reserve.treat',
  responseRoot: 'alibaba_alihealth_booking_reserve_treat_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 确认就诊 — calls TOP method `alibaba.alihealth.booking.reserve.treat`.
 *
 * 统一预约平台，ISV确认就诊
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihealthBookingReserveTreat(
  client: TopClient,
  request: AlibabaAlihealthBookingReserveTreatRequest = {},
  options?: CallOptions,
): Promise<AlibabaAlihealthBookingReserveTreatResponse> {
  return client.call<AlibabaAlihealthBookingReserveTreatResponse>(
    {
      method: 'alibaba.alihealth.booking.reserve.treat',
      responseRoot: 'alibaba_alihealth_booking_reserve_treat_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
