// Generated from specs/wlbimports/cainiao.global.im.pickup.appointment.order.cancel.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `cainiao.global.im.pickup.appointment.order.cancel` (首公里揽收-取消预约单). */
export interface CainiaoGlobalImPickupAppointmentOrderCancelRequest {
  /** 预约单取消请求参数 */
  appointment_order_cancel_requset: CainiaoGlobalImPickupAppointmentOrderCancelAppointmentOrderCancelRequsetInput;
}

/** Response of `cainiao.global.im.pickup.appointment.order.cancel`: TOP returns only requested, non-null fields, so all are optional. */
export interface CainiaoGlobalImPickupAppointmentOrderCancelResponse {
  /** 响应体 */
  hsf_result?: CainiaoGlobalImPickupAppointmentOrderCancelHsfResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `AppointmentOrderCancelRequset` of `cainiao.global.im.pickup.appointment.order.cancel`. */
export interface CainiaoGlobalImPickupAppointmentOrderCancelAppointmentOrderCancelRequsetInput {
  /** 商家id */
  seller_id: Int64Input;
  /** 预约单id */
  appointment_order_id: Int64Input;
}

/** `HsfResult` of `cainiao.global.im.pickup.appointment.order.cancel`. */
export interface CainiaoGlobalImPickupAppointmentOrderCancelHsfResult {
  /** 响应业务对象 */
  appointment_cancle_reponse?: CainiaoGlobalImPickupAppointmentOrderCancelAppointmentCancleReponse;
  /** 响应是否成功 */
  success?: boolean;
  /** 异常码 */
  error_code?: string;
  /** 网略异常码 */
  internal_error_code?: string;
  /** 异常提示 */
  error_msg?: string;
}

/** `AppointmentCancleReponse` of `cainiao.global.im.pickup.appointment.order.cancel`. */
export interface CainiaoGlobalImPickupAppointmentOrderCancelAppointmentCancleReponse {
  /** 取消是否成功 */
  result?: boolean;
}

const REQUEST_SCHEMA = {
  appointment_order_cancel_requset: {
    seller_id: 'Number',
    appointment_order_id: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  hsf_result: {
    appointment_cancle_reponse: {
      result: 'Boolean',
    },
    success: 'Boolean',
    error_code: 'String',
    internal_error_code: 'String',
    error_msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `cainiao.global.im.pickup.appointment.order.cancel`: method, response root, request and response schemas. */
export const cainiaoGlobalImPickupAppointmentOrderCancelOperation = {
  method: 'cainiao.global.im.pickup.appointment.order.cancel',
  responseRoot: 'cainiao_global_im_pickup_appointment_order_cancel_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 首公里揽收-取消预约单 — calls TOP method `cainiao.global.im.pickup.appointment.order.cancel`.
 *
 * 首公里揽收-取消预约单创建
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function cainiaoGlobalImPickupAppointmentOrderCancel(
  client: TopClient,
  request: CainiaoGlobalImPickupAppointmentOrderCancelRequest,
  options?: CallOptions,
): Promise<CainiaoGlobalImPickupAppointmentOrderCancelResponse> {
  return client.call<CainiaoGlobalImPickupAppointmentOrderCancelResponse>(
    {
      method: 'cainiao.global.im.pickup.appointment.order.cancel',
      responseRoot: 'cainiao_global_im_pickup_appointment_order_cancel_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
