// Generated from specs/wlbimports/cainiao.global.im.pickup.appointment.order.difference.detail.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `cainiao.global.im.pickup.appointment.order.difference.detail` (预约单差异明细查询). */
export interface CainiaoGlobalImPickupAppointmentOrderDifferenceDetailRequest {
  /** 请求参数 */
  status_request: CainiaoGlobalImPickupAppointmentOrderDifferenceDetailAppointmentOrderStatusRequestInput;
}

/** Response of `cainiao.global.im.pickup.appointment.order.difference.detail`: TOP returns only requested, non-null fields, so all are optional. */
export interface CainiaoGlobalImPickupAppointmentOrderDifferenceDetailResponse {
  /** hsfResult */
  hsf_result?: CainiaoGlobalImPickupAppointmentOrderDifferenceDetailHsfResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `AppointmentOrderStatusRequest` of `cainiao.global.im.pickup.appointment.order.difference.detail`. */
export interface CainiaoGlobalImPickupAppointmentOrderDifferenceDetailAppointmentOrderStatusRequestInput {
  /** 预约单id */
  appointment_order_id: Int64Input;
  /** 商家id */
  seller_id: Int64Input;
  /** 每页数量 */
  page_size?: Int64Input;
  /** 当前页面下标，从1开始 */
  current_page?: Int64Input;
}

/** `HsfResult` of `cainiao.global.im.pickup.appointment.order.difference.detail`. */
export interface CainiaoGlobalImPickupAppointmentOrderDifferenceDetailHsfResult {
  /** 响应体 */
  appointment_order_difference_details_response?: CainiaoGlobalImPickupAppointmentOrderDifferenceDetailAppointmentOrderDifferenceDetailsResponse;
  /** 是否响应正常 */
  success?: boolean;
  /** 异常code */
  error_code?: string;
  /** 网络异常code */
  internal_error_code?: string;
  /** 异常消息 */
  error_msg?: string;
}

/** `AppointmentOrderDifferenceDetailsResponse` of `cainiao.global.im.pickup.appointment.order.difference.detail`. */
export interface CainiaoGlobalImPickupAppointmentOrderDifferenceDetailAppointmentOrderDifferenceDetailsResponse {
  /** 预约单号HOxxxxxxxxx */
  handover_order_code?: string;
  /** 同预约单号 */
  tracking_number?: string;
  /** 0-全部小包接收成功 */
  op_code?: string;
  /** he operator CP's resource code */
  operator?: string;
  /** Operator contac（name or phone or email */
  operator_contact?: string;
  /** 备注 */
  op_remark?: string;
  /** 预约单号 */
  parcel_list?: CainiaoGlobalImPickupAppointmentOrderDifferenceDetailParcel[];
  /** 每页数量 */
  page_size?: Int64;
  /** 符合条件的总条数 */
  total_count?: Int64;
  /** 当前页 */
  current_page_index?: Int64;
}

/** `Parcel` of `cainiao.global.im.pickup.appointment.order.difference.detail`. */
export interface CainiaoGlobalImPickupAppointmentOrderDifferenceDetailParcel {
  /** 小包LP单号 */
  lg_order_code?: string;
  /** 包裹运单号 */
  tracking_number?: string;
  /** 0: 成功 异常详见： 2：少件 3：多件 5：其他 */
  status?: string;
  /** 备注 */
  remark?: string;
}

const REQUEST_SCHEMA = {
  status_request: {
    appointment_order_id: 'Number',
    seller_id: 'Number',
    page_size: 'Number',
    current_page: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  hsf_result: {
    appointment_order_difference_details_response: {
      handover_order_code: 'String',
      tracking_number: 'String',
      op_code: 'String',
      operator: 'String',
      operator_contact: 'String',
      op_remark: 'String',
      parcel_list: [
        {
          lg_order_code: 'String',
          tracking_number: 'String',
          status: 'String',
          remark: 'String',
        },
      ],
      page_size: 'Number',
      total_count: 'Number',
      current_page_index: 'Number',
    },
    success: 'Boolean',
    error_code: 'String',
    internal_error_code: 'String',
    error_msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `cainiao.global.im.pickup.appointment.order.difference.detail`: method, response root, request and response schemas. */
export const cainiaoGlobalImPickupAppointmentOrderDifferenceDetailOperation = {
  method: 'cainiao.global.im.pickup.appointment.order.difference.detail',
  responseRoot: 'cainiao_global_im_pickup_appointment_order_difference_detail_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 预约单差异明细查询 — calls TOP method `cainiao.global.im.pickup.appointment.order.difference.detail`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function cainiaoGlobalImPickupAppointmentOrderDifferenceDetail(
  client: TopClient,
  request: CainiaoGlobalImPickupAppointmentOrderDifferenceDetailRequest,
  options?: CallOptions,
): Promise<CainiaoGlobalImPickupAppointmentOrderDifferenceDetailResponse> {
  return client.call<CainiaoGlobalImPickupAppointmentOrderDifferenceDetailResponse>(
    {
      method: 'cainiao.global.im.pickup.appointment.order.difference.detail',
      responseRoot: 'cainiao_global_im_pickup_appointment_order_difference_detail_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
