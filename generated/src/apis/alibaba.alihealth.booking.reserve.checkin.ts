// Generated from specs/alihealth2/alibaba.alihealth.booking.reserve.checkin.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihealth.booking.reserve.checkin` (确认到店). */
export interface AlibabaAlihealthBookingReserveCheckinRequest {
  /** check_in */
  check_in?: AlibabaAlihealthBookingReserveCheckinIsvReserveRequestInput;
}

/** Response of `alibaba.alihealth.booking.reserve.checkin`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihealthBookingReserveCheckinResponse {
  /** alinkappserver系统返回的通用结果类 */
  result?: AlibabaAlihealthBookingReserveCheckinServiceResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `IsvReserveRequest` of `alibaba.alihealth.booking.reserve.checkin`. */
export interface AlibabaAlihealthBookingReserveCheckinIsvReserveRequestInput {
  /** 预约单ID */
  reserve_id?: Int64Input;
  /** 订单ID */
  order_id?: string;
}

/** `ServiceResult` of `alibaba.alihealth.booking.reserve.checkin`. */
export interface AlibabaAlihealthBookingReserveCheckinServiceResult {
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
  check_in: {
    reserve_id: 'Number',
    order_id: 'String',
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

/** Static description of `alibaba.alihealth.booking.reserve.checkin`: method, response root, request and response schemas. */
export const alibabaAlihealthBookingReserveCheckinOperation = {
  method: 'alibaba.alihealth.booking.reserve.checkin',
  responseRoot: 'alibaba_alihealth_booking_reserve_checkin_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 确认到店 — calls TOP method `alibaba.alihealth.booking.reserve.checkin`.
 *
 * 消费医疗统一预约平台，ISV 确认到店
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihealthBookingReserveCheckin(
  client: TopClient,
  request: AlibabaAlihealthBookingReserveCheckinRequest = {},
  options?: CallOptions,
): Promise<AlibabaAlihealthBookingReserveCheckinResponse> {
  return client.call<AlibabaAlihealthBookingReserveCheckinResponse>(
    {
      method: 'alibaba.alihealth.booking.reserve.checkin',
      responseRoot: 'alibaba_alihealth_booking_reserve_checkin_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
