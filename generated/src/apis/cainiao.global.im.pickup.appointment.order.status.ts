// Generated from specs/wlbimports/cainiao.global.im.pickup.appointment.order.status.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `cainiao.global.im.pickup.appointment.order.status` (预约单状态查询). */
export interface CainiaoGlobalImPickupAppointmentOrderStatusRequest {
  /** 请求对象 */
  appointment_order_status_request: CainiaoGlobalImPickupAppointmentOrderStatusAppointmentOrderStatusRequestInput;
}

/** Response of `cainiao.global.im.pickup.appointment.order.status`: TOP returns only requested, non-null fields, so all are optional. */
export interface CainiaoGlobalImPickupAppointmentOrderStatusResponse {
  /** hsfResult */
  hsf_result?: CainiaoGlobalImPickupAppointmentOrderStatusHsfResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `AppointmentOrderStatusRequest` of `cainiao.global.im.pickup.appointment.order.status`. */
export interface CainiaoGlobalImPickupAppointmentOrderStatusAppointmentOrderStatusRequestInput {
  /** 商家id */
  seller_id: Int64Input;
  /** 预约单id */
  appointment_order_id: Int64Input;
}

/** `HsfResult` of `cainiao.global.im.pickup.appointment.order.status`. */
export interface CainiaoGlobalImPickupAppointmentOrderStatusHsfResult {
  /** 响应体 */
  appointment_order_status_response?: CainiaoGlobalImPickupAppointmentOrderStatusAppointmentOrderStatusResponse;
  /** 是否响应正常 */
  success?: boolean;
  /** 异常code */
  error_code?: string;
  /** 网络异常code */
  internal_error_code?: string;
  /** 异常消息 */
  error_msg?: string;
}

/** `AppointmentOrderStatusResponse` of `cainiao.global.im.pickup.appointment.order.status`. */
export interface CainiaoGlobalImPickupAppointmentOrderStatusAppointmentOrderStatusResponse {
  /** 主键id */
  id?: Int64;
  /** 商家id */
  seller_id?: Int64;
  /** 预约单code */
  code?: string;
  /** 状态code */
  status_code?: string;
  /** 状态名称 */
  status_name?: string;
  /** 更新时间 */
  gmt_modified?: string;
}

const REQUEST_SCHEMA = {
  appointment_order_status_request: {
    seller_id: 'Number',
    appointment_order_id: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  hsf_result: {
    appointment_order_status_response: {
      id: 'Number',
      seller_id: 'Number',
      code: 'String',
      status_code: 'String',
      status_name: 'String',
      gmt_modified: 'Date',
    },
    success: 'Boolean',
    error_code: 'String',
    internal_error_code: 'String',
    error_msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `cainiao.global.im.pickup.appointment.order.status`: method, response root, request and response schemas. */
export const cainiaoGlobalImPickupAppointmentOrderStatusOperation = {
  method: 'cainiao.global.im.pickup.appointment.order.status',
  responseRoot: 'cainiao_global_im_pickup_appointment_order_status_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 预约单状态查询 — calls TOP method `cainiao.global.im.pickup.appointment.order.status`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function cainiaoGlobalImPickupAppointmentOrderStatus(
  client: TopClient,
  request: CainiaoGlobalImPickupAppointmentOrderStatusRequest,
  options?: CallOptions,
): Promise<CainiaoGlobalImPickupAppointmentOrderStatusResponse> {
  return client.call<CainiaoGlobalImPickupAppointmentOrderStatusResponse>(
    {
      method: 'cainiao.global.im.pickup.appointment.order.status',
      responseRoot: 'cainiao_global_im_pickup_appointment_order_status_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
