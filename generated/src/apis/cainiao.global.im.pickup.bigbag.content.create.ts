// Generated from specs/wlbimports/cainiao.global.im.pickup.bigbag.content.create.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `cainiao.global.im.pickup.bigbag.content.create` (大包创建). */
export interface CainiaoGlobalImPickupBigbagContentCreateRequest {
  /** 大包创建入参 */
  bigbag_create_request: CainiaoGlobalImPickupBigbagContentCreateBigbagCreateRequestInput;
}

/** Response of `cainiao.global.im.pickup.bigbag.content.create`: TOP returns only requested, non-null fields, so all are optional. */
export interface CainiaoGlobalImPickupBigbagContentCreateResponse {
  /** hsfResult */
  hsf_result?: CainiaoGlobalImPickupBigbagContentCreateHsfResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `BigbagCreateRequest` of `cainiao.global.im.pickup.bigbag.content.create`. */
export interface CainiaoGlobalImPickupBigbagContentCreateBigbagCreateRequestInput {
  /** 揽件时间范围，快递方案必填 */
  pick_up_time_range?: string;
  /** 当日截单时间(18:00)，快递方案必填 */
  cut_order_time?: string;
  /** 预计送达时间(2021-12-25 12:20:22)，快递方案必填 */
  estimated_delivery_time?: string;
  /** 收件人，快递方案必填 */
  receiver_info?: CainiaoGlobalImPickupBigbagContentCreateContactInfoRequestInput;
  /** 货物信息（最多70字符），快递必填 */
  sc_item_info?: string;
  /** 包裹，快递方案必填 */
  packages?: CainiaoGlobalImPickupBigbagContentCreateHandoverPackageInfoInput[];
  /** pickupType:DOOR_PICKUP 卡车上门揽收 SELF_POST 快递自寄 SELF_SEND 快递自寄 */
  pickup_type: string;
  /** 是否危险品，快递方案必填 */
  dangerous_flag?: boolean;
  /** 保险金额单位，10位以内的正整数 */
  insure_amount?: string;
  /** 商家id */
  seller_id: Int64Input;
  /** 发货人信息，快递方案必填 */
  sender_info?: CainiaoGlobalImPickupBigbagContentCreateContactInfoRequestInput;
  /** 产品code： EXPRESS:1-2 DAY PREMIUM:NEXT DAY 12:00，快递方案必填 */
  product_code?: string;
  /** 揽收资源code */
  receive_cp_code?: string;
  /** 期望揽收日期以及时间，快递方案必填 */
  planned_shipping_date_and_time?: string;
  /** 仓库名称 */
  store_name?: string;
  /** 币种：默认填EUR */
  currency?: string;
  /** 增值服务类型：SHIPMENT_INSURANCE 保险 */
  add_service_type?: string;
  /** 仓code，快递方案必填 */
  store_code?: string;
  /** 小包LP集合 */
  parcel_order_code_list: string[];
  /** 预约单code，卡车方式必填 */
  handover_order_code?: string;
}

/** `ContactInfoRequest` of `cainiao.global.im.pickup.bigbag.content.create`. */
export interface CainiaoGlobalImPickupBigbagContentCreateContactInfoRequestInput {
  /** 国家 */
  country?: string;
  /** 邮编 */
  zip_code?: string;
  /** 地区id */
  area_id?: Int64Input;
  /** 省份 */
  province?: string;
  /** 电话 */
  phone?: string;
  /** 城市 */
  city?: string;
  /** 公司 */
  company_name?: string;
  /** 收件人名称 */
  name?: string;
  /** 详细地址（最大135个字符） */
  detail_address?: string;
  /** 邮件 */
  email?: string;
  /** 国家id */
  country_id?: Int64Input;
}

/** `HandoverPackageInfo` of `cainiao.global.im.pickup.bigbag.content.create`. */
export interface CainiaoGlobalImPickupBigbagContentCreateHandoverPackageInfoInput {
  /** 大包长(CM)，7位以内的正整数 */
  length?: string;
  /** 大包宽(CM)，7位以内的正整数 */
  width?: string;
  /** 大包重量（KG），7位以内的正整数 */
  weight?: string;
  /** 大包高(CM)，7位以内的正整数 */
  height?: string;
}

/** `HsfResult` of `cainiao.global.im.pickup.bigbag.content.create`. */
export interface CainiaoGlobalImPickupBigbagContentCreateHsfResult {
  /** success */
  success?: boolean;
  /** errorCode */
  error_code?: string;
  /** internalErrorCode */
  internal_error_code?: string;
  /** errorMsg */
  error_msg?: string;
  /** data */
  bigbag_create_response?: CainiaoGlobalImPickupBigbagContentCreateBigbagCreateResponse;
}

/** `BigbagCreateResponse` of `cainiao.global.im.pickup.bigbag.content.create`. */
export interface CainiaoGlobalImPickupBigbagContentCreateBigbagCreateResponse {
  /** 大包id */
  bigbag_id?: Int64;
  /** 大包Code */
  bigbag_code?: string;
}

const REQUEST_SCHEMA = {
  bigbag_create_request: {
    pick_up_time_range: 'String',
    cut_order_time: 'String',
    estimated_delivery_time: 'String',
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
    sc_item_info: 'String',
    packages: [
      {
        length: 'String',
        width: 'String',
        weight: 'String',
        height: 'String',
      },
    ],
    pickup_type: 'String',
    dangerous_flag: 'Boolean',
    insure_amount: 'String',
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
    product_code: 'String',
    receive_cp_code: 'String',
    planned_shipping_date_and_time: 'String',
    store_name: 'String',
    currency: 'String',
    add_service_type: 'String',
    store_code: 'String',
    parcel_order_code_list: ['String'],
    handover_order_code: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  hsf_result: {
    success: 'Boolean',
    error_code: 'String',
    internal_error_code: 'String',
    error_msg: 'String',
    bigbag_create_response: {
      bigbag_id: 'Number',
      bigbag_code: 'String',
    },
  },
} as const satisfies ObjectSchema;

/** Static description of `cainiao.global.im.pickup.bigbag.content.create`: method, response root, request and response schemas. */
export const cainiaoGlobalImPickupBigbagContentCreateOperation = {
  method: 'cainiao.global.im.pickup.bigbag.content.create',
  responseRoot: 'cainiao_global_im_pickup_bigbag_content_create_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 大包创建 — calls TOP method `cainiao.global.im.pickup.bigbag.content.create`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function cainiaoGlobalImPickupBigbagContentCreate(
  client: TopClient,
  request: CainiaoGlobalImPickupBigbagContentCreateRequest,
  options?: CallOptions,
): Promise<CainiaoGlobalImPickupBigbagContentCreateResponse> {
  return client.call<CainiaoGlobalImPickupBigbagContentCreateResponse>(
    {
      method: 'cainiao.global.im.pickup.bigbag.content.create',
      responseRoot: 'cainiao_global_im_pickup_bigbag_content_create_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
