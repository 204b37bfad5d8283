// Generated from specs/alihealth2/alibaba.alihealth.booking.reserve.cancel.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihealth.booking.reserve.cancel` (取消预约). */
export interface AlibabaAlihealthBookingReserveCancelRequest {
  /** cancel */
  cancel?: AlibabaAlihealthBookingReserveCancelIsvReserveRequestInput;
}

/** Response of `alibaba.alihealth.booking.reserve.cancel`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihealthBookingReserveCancelResponse {
  /** alinkappserver系统返回的通用结果类 */
  result?: AlibabaAlihealthBookingReserveCancelServiceResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `IsvReserveRequest` of `alibaba.alihealth.booking.reserve.cancel`. */
export interface AlibabaAlihealthBookingReserveCancelIsvReserveRequestInput {
  /** 预约单ID */
  reserve_id?: Int64Input;
  /** 订单ID */
  order_id?: string;
  /** isv 预约单ID */
  sp_reserve_id?: string;
}

/** `ServiceResult` of `alibaba.alihealth.booking.reserve.cancel`. */
export interface AlibabaAlihealthBookingReserveCancelServiceResult {
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
  cancel: {
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

/** Static description of `alibaba.alihealth.booking.reserve.cancel`: method, response root, request and response schemas. */
export const alibabaAlihealthBookingReserveCancelOperation = {
  method: 'alibaba.alihealth.booking.reserve.cancel',
  responseRoot: 'alibaba_alihealth_booking_reserve_cancel_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 取消预约 — calls TOP method `alibaba.alihealth.booking.reserve.cancel`.
 *
 * 消费医疗统一预约平台，ISV取消预约
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihealthBookingReserveCancel(
  client: TopClient,
  request: AlibabaAlihealthBookingReserveCancelRequest = {},
  options?: CallOptions,
): Promise<AlibabaAlihealthBookingReserveCancelResponse> {
  return client.call<AlibabaAlihealthBookingReserveCancelResponse>(
    {
      method: 'alibaba.alihealth.booking.reserve.cancel',
      responseRoot: 'alibaba_alihealth_booking_reserve_cancel_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
