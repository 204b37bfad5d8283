// Generated from specs/alihealth2/alibaba.alihealth.booking.reserve.rise.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihealth.booking.reserve.rise` (ISV 新增/修改复诊预约信息). */
export interface AlibabaAlihealthBookingReserveRiseRequest {
  /** 参数 */
  rise_request?: AlibabaAlihealthBookingReserveRiseIsvRiseReserveRequestInput;
}

/** Response of `alibaba.alihealth.booking.reserve.rise`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihealthBookingReserveRiseResponse {
  /** alinkappserver系统返回的通用结果类 */
  result?: AlibabaAlihealthBookingReserveRiseServiceResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `IsvRiseReserveRequest` of `alibaba.alihealth.booking.reserve.rise`. */
export interface AlibabaAlihealthBookingReserveRiseIsvRiseReserveRequestInput {
  /** 科室名称 */
  department_name?: string;
  /** 证件类型 0身份证 1护照 */
  id_type?: Int64Input;
  /** 支付宝订单ID */
  order_id?: string;
  /** 支付宝初诊ID */
  first_reserve_id?: Int64Input;
  /** 性别 0男1女 */
  sex?: Int64Input;
  /** 0 新增 1 修改 */
  op_type: Int64Input;
  /** ISV门店名称 */
  sp_store_name: string;
  /** 证件号码 */
  id_number?: string;
  /** userId */
  user_id?: string;
  /** ISV项目名称，多个项目英文逗号分割 */
  sp_item_name?: string;
  /** ISV项目ID,多个项目英文逗号分割 */
  sp_item_id?: string;
  /** 是否结婚 0未婚1结婚 */
  is_married?: Int64Input;
  /** 支付宝标品ID */
  item_id?: Int64Input;
  /** 医生名称 */
  doctor_name?: string;
  /** 用户号码 */
  phone: string;
  /** 用户姓名 */
  user_nick: string;
  /** ISV门店ID */
  sp_store_id: string;
  /** 预约时间 */
  reserve_time: string;
  /** ISV复诊/升单ID */
  sp_reserve_id: string;
  /** 修改状态 2 待就诊 4 已就诊 */
  status?: Int64Input;
}

/** `ServiceResult` of `alibaba.alihealth.booking.reserve.rise`. */
export interface AlibabaAlihealthBookingReserveRiseServiceResult {
  /** 阿里健康预约ID */
  data?: Int64;
  /** success */
  success?: boolean;
  /** msg_info */
  msg_info?: string;
  /** msg_code */
  msg_code?: string;
}

const REQUEST_SCHEMA = {
  rise_request: {
    department_name: 'String',
    id_type: 'Number',
    order_id: 'String',
    first_reserve_id: 'Number',
    sex: 'Number',
    op_type: 'Number',
    sp_store_name: 'String',
    id_number: 'String',
    user_id: 'String',
    sp_item_name: 'String',
    sp_item_id: 'String',
    is_married: 'Number',
    item_id: 'Number',
    doctor_name: 'String',
    phone: 'String',
    user_nick: 'String',
    sp_store_id: 'String',
    reserve_time: 'String',
    sp_reserve_id: 'String',
    status: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    data: 'Number',
    success: 'Boolean',
    msg_info: 'String',
    msg_code: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihealth.booking.reserve.rise`: method, response root, request and response schemas. */
export const alibabaAlihealthBookingReserveRiseOperation = {
  method: 'alibaba.alihealth.booking.reserve.rise',
  responseRoot: 'alibaba_alihealth_booking_reserve_rise_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * ISV 新增/修改复诊预约信息 — calls TOP method `alibaba.alihealth.booking.reserve.rise`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihealthBookingReserveRise(
  client: TopClient,
  request: AlibabaAlihealthBookingReserveRiseRequest = {},
  options?: CallOptions,
): Promise<AlibabaAlihealthBookingReserveRiseResponse> {
  return client.call<AlibabaAlihealthBookingReserveRiseResponse>(
    {
      method: 'alibaba.alihealth.booking.reserve.rise',
      responseRoot: 'alibaba_alihealth_booking_reserve_rise_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
