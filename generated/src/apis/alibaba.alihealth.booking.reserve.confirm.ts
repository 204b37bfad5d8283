// Generated from specs/alihealth2/alibaba.alihealth.booking.reserve.confirm.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihealth.booking.reserve.confirm` (确认预约). */
export interface AlibabaAlihealthBookingReserveConfirmRequest {
  /** 参数 */
  confirm?: AlibabaAlihealthBookingReserveConfirmIsvReserveRequestInput;
}

/** Response of `alibaba.alihealth.booking.reserve.confirm`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihealthBookingReserveConfirmResponse {
  /** alinkappserver系统返回的通用结果类 */
  result?: AlibabaAlihealthBookingReserveConfirmServiceResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `IsvReserveRequest` of `alibaba.alihealth.booking.reserve.confirm`. */
export interface AlibabaAlihealthBookingReserveConfirmIsvReserveRequestInput {
  /** 预约时间 */
  reserve_time?: string;
  /** 预约单ID */
  reserve_id: Int64Input;
  /** 订单ID */
  order_id: string;
}

/** `ServiceResult` of `alibaba.alihealth.booking.reserve.confirm`. */
export interface AlibabaAlihealthBookingReserveConfirmServiceResult {
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
  confirm: {
    reserve_time: 'String',
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

/** Static description of `alibaba.alihealth.booking.reserve.confirm`: method, response root, request and response schemas. */
export const alibabaAlihealthBookingReserveConfirmOperation = {
  method: 'alibaba.alihealth.booking.reserve.confirm',
  responseRoot: 'alibaba_alihealth_booking_reserve_confirm_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 确认预约 — calls TOP method `alibaba.alihealth.booking.reserve.confirm`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihealthBookingReserveConfirm(
  client: TopClient,
  request: AlibabaAlihealthBookingReserveConfirmRequest = {},
  options?: CallOptions,
): Promise<AlibabaAlihealthBookingReserveConfirmResponse> {
  return client.call<AlibabaAlihealthBookingReserveConfirmResponse>(
    {
      method: 'alibaba.alihealth.booking.reserve.confirm',
      responseRoot: 'alibaba_alihealth_booking_reserve_confirm_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
