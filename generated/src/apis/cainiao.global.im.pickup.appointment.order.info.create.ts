// Generated from specs/wlbimports/cainiao.global.im.pickup.appointment.order.info.create.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `cainiao.global.im.pickup.appointment.order.info.create` (首公里揽收-预约单创建). */
export interface CainiaoGlobalImPickupAppointmentOrderInfoCreateRequest {
  /** 预约单创建入参 */
  appointment_create_request?: CainiaoGlobalImPickupAppointmentOrderInfoCreateAppointmentCreateRequestInput;
}

/** Response of `cainiao.global.im.pickup.appointment.order.info.create`: TOP returns only requested, non-null fields, so all are optional. */
export interface CainiaoGlobalImPickupAppointmentOrderInfoCreateResponse {
  /** hsfResult */
  hsf_result?: CainiaoGlobalImPickupAppointmentOrderInfoCreateHsfResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `AppointmentCreateRequest` of `cainiao.global.im.pickup.appointment.order.info.create`. */
export interface CainiaoGlobalImPickupAppointmentOrderInfoCreateAppointmentCreateRequestInput {
  /** 时区 */
  zone_off_set: string;
  /** 商家id */
  seller_id: Int64Input;
  /** 发货人信息 */
  sender_info: CainiaoGlobalImPickupAppointmentOrderInfoCreateContactInfoRequestInput;
  /** 预约大包信息列表（自送快递和自送卡车非必填） */
  receiver_info: CainiaoGlobalImPickupAppointmentOrderInfoCreateContactInfoRequestInput2;
  /** 预约大包信息列表（（非自寄模式必填） */
  handover_content_synopsis_list?: CainiaoGlobalImPickupAppointmentOrderInfoCreateOrderHandoverContentSynopsisDTOInput[];
  /** 自寄快递请求参数（自寄快递模式必填） */
  self_send_express_info_request?: CainiaoGlobalImPickupAppointmentOrderInfoCreateSelfSendExpressInfoRequestInput;
  /** 接收仓资源名称 */
  store_name?: string;
  /** 揽收信息（（非自寄模式必填） */
  pickup_info?: CainiaoGlobalImPickupAppointmentOrderInfoCreatePickupInfoInput;
  /** 自寄卡车参数（自寄卡车模式必填） */
  self_send_truck_info_request?: CainiaoGlobalImPickupAppointmentOrderInfoCreateSelfMailTruckInfoRequestInput;
  /** 揽收方式：TRUCK（卡车）OFFLINE_EXPRESS(自寄快递) OFFLINE_TRUCK(自派卡车) */
  pickup_type: string;
  /** 接收仓资源编码 */
  store_code: string;
  /** 小包信息（自寄模式必填） */
  lg_order_list?: string[];
}

/** `ContactInfoRequest` of `cainiao.global.im.pickup.appointment.order.info.create`. */
export interface CainiaoGlobalImPickupAppointmentOrderInfoCreateContactInfoRequestInput {
  /** 国家 */
  country?: string;
  /** 邮编 */
  zip_code?: string;
  /** 地区id */
  area_id?: Int64Input;
  /** 省份 */
  province?: string;
  /** 电话 */
  phone: string;
  /** 城市 */
  city?: string;
  /** 公司 */
  company_name?: string;
  /** 名称 */
  name: string;
  /** 详细地址（最大135个字符） */
  detail_address?: string;
  /** 邮箱 */
  email: string;
  /** 国家id */
  country_id?: Int64Input;
}

/** `ContactInfoRequest` of `cainiao.global.im.pickup.appointment.order.info.create`. */
export interface CainiaoGlobalImPickupAppointmentOrderInfoCreateContactInfoRequestInput2 {
  /** 国家 */
  country?: string;
  /** 邮编 */
  zip_code?: string;
  /** 地区id */
  area_id?: Int64Input;
  /** 省份 */
  province?: string;
  /** 电话 */
  phone: string;
  /** 城市 */
  city?: string;
  /** 公司 */
  company_name?: string;
  /** 名称 */
  name: string;
  /** 详细地址（最大135个字符） */
  detail_address: string;
  /** 邮箱 */
  email?: string;
  /** 国家id */
  country_id?: Int64Input;
}

/** `OrderHandoverContentSynopsisDTO` of `cainiao.global.im.pickup.appointment.order.info.create`. */
export interface CainiaoGlobalImPickupAppointmentOrderInfoCreateOrderHandoverContentSynopsisDTOInput {
  /** 数量（非自寄模式必填） */
  count?: Int64Input;
  /** 预约大包类型：TRAY：托，SACK：麻袋（非自寄模式必填） */
  content_type?: string;
  /** 预约大包类型名称：托、麻袋（非自寄模式必填） */
  content_type_name?: string;
}

/** `SelfSendExpressInfoRequest` of `cainiao.global.im.pickup.appointment.order.info.create`. */
export interface CainiaoGlobalImPickupAppointmentOrderInfoCreateSelfSendExpressInfoRequestInput {
  /** 快递运单号（自寄快递模式必填） */
  express_number?: string;
  /** 快递公司（自寄快递模式必填） */
  express_company?: string;
  /** 预计送达时间（自寄快递模式必填） */
  expected_arrive_time?: Int64Input;
  /** 预计揽收时间（自寄快递模式必填） */
  expected_pickup_time?: Int64Input;
}

/** `PickupInfo` of `cainiao.global.im.pickup.appointment.order.info.create`. */
export interface CainiaoGlobalImPickupAppointmentOrderInfoCreatePickupInfoInput {
  /** 国家 */
  country?: string;
  /** 邮编 */
  zip_code?: string;
  /** 城市 */
  city?: string;
  /** 公司（非自寄模式必填） */
  company_name?: string;
  /** 资源名称 */
  resource_name?: string;
  /** 国家id（非自寄模式必填） */
  country_id?: Int64Input;
  /** 菜鸟地址id（非自寄模式必填） */
  area_id?: Int64Input;
  /** 资源code（非自寄模式必填） */
  resource_code?: string;
  /** 省份 */
  province?: string;
  /** 电话（非自寄模式必填） */
  phone?: string;
  /** 名称（非自寄模式必填） */
  name?: string;
  /** 详细地址（最大135个字符）（非自寄模式必填） */
  detail_address?: string;
  /** 邮箱（非自寄模式必填） */
  email?: string;
}

/** `SelfMailTruckInfoRequest` of `cainiao.global.im.pickup.appointment.order.info.create`. */
export interface CainiaoGlobalImPickupAppointmentOrderInfoCreateSelfMailTruckInfoRequestInput {
  /** 司机姓名 */
  driver_name?: string;
  /** 预计送达时间（自寄卡车模式必填） */
  expected_arrive_time?: Int64Input;
  /** 司机手机号 */
  driver_mobile_phone?: string;
  /** 预计揽收时间（自寄卡车模式必填） */
  expected_pickup_time?: Int64Input;
  /** 车牌（自寄卡车模式必填） */
  truck_num?: string;
}

/** `HsfResult` of `cainiao.global.im.pickup.appointment.order.info.create`. */
export interface CainiaoGlobalImPickupAppointmentOrderInfoCreateHsfResult {
  /** data */
  appointment_create_response?: CainiaoGlobalImPickupAppointmentOrderInfoCreateAppointmentCreateResponse;
  /** success */
  success?: boolean;
  /** errorCode */
  error_code?: string;
  /** internalErrorCode */
  internal_error_code?: string;
  /** errorMsg */
  error_msg?: string;
  /** 错误扩展信息 */
  ext_error_map?: string;
}

/** `AppointmentCreateResponse` of `cainiao.global.im.pickup.appointment.order.info.create`. */
export interface CainiaoGlobalImPickupAppointmentOrderInfoCreateAppointmentCreateResponse {
  /** 预约单id */
  handover_order_id?: Int64;
  /** 预约单code */
  handover_order_code?: string;
}

const REQUEST_SCHEMA = {
  appointment_create_request: {
    zone_off_set: 'String',
    seller_id: 'Number',
    sender_info: {
      country: 'String',
      zip_code: 'String',
      area_id: 'Number',
      province: 'String',
      phone: 'String',
      city: 'String',
      company_name: 'String',
      name: 'String',
      detail_address: 'String',
      email: 'String',
      country_id: 'Number',
    },
    receiver_info: {
      country: 'String',
      zip_code: 'String',
      area_id: 'Number',
      province: 'String',
      phone: 'String',
      city: 'String',
      company_name: 'String',
      name: 'String',
      detail_address: 'String',
      email: 'String',
      country_id: 'Number',
    },
    handover_content_synopsis_list: [
      {
        count: 'Number',
        content_type: 'String',
        content_type_name: 'String',
      },
    ],
    self_send_express_info_request: {
      express_number: 'String',
      express_company: 'String',
      expected_arrive_time: 'Number',
      expected_pickup_time: 'Number',
    },
    store_name: 'String',
    pickup_info: {
      country: 'String',
      zip_code: 'String',
      city: 'String',
      company_name: 'String',
      resource_name: 'String',
      country_id: 'Number',
      area_id: 'Number',
      resource_code: 'String',
      province: 'String',
      phone: 'String',
      name: 'String',
      detail_address: 'String',
      email: 'String',
    },
    self_send_truck_info_request: {
      driver_name: 'String',
      expected_arrive_time: 'Number',
      driver_mobile_phone: 'String',
      expected_pickup_time: 'Number',
      truck_num: 'String',
    },
    pickup_type: 'String',
    store_code: 'String',
    lg_order_list: ['String'],
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  hsf_result: {
    appointment_create_response: {
      handover_order_id: 'Number',
      handover_order_code: 'String',
    },
    success: 'Boolean',
    error_code: 'String',
    internal_error_code: 'String',
    error_msg: 'String',
    ext_error_map: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `cainiao.global.im.pickup.appointment.order.info.create`: method, response root, request and response schemas. */
export const cainiaoGlobalImPickupAppointmentOrderInfoCreateOperation = {
  method: 'cainiao.global.im.pickup.appointment.order.info.create',
  responseRoot: 'cainiao_global_im_pickup_appointment_order_info_create_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 首公里揽收-预约单创建 — calls TOP method `cainiao.global.im.pickup.appointment.order.info.create`.
 *
 * 预约单创建
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function cainiaoGlobalImPickupAppointmentOrderInfoCreate(
  client: TopClient,
  request: CainiaoGlobalImPickupAppointmentOrderInfoCreateRequest = {},
  options?: CallOptions,
): Promise<CainiaoGlobalImPickupAppointmentOrderInfoCreateResponse> {
  return client.call<CainiaoGlobalImPickupAppointmentOrderInfoCreateResponse>(
    {
      method: 'cainiao.global.im.pickup.appointment.order.info.create',
      responseRoot: 'cainiao_global_im_pickup_appointment_order_info_create_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
