// Generated from specs/tmallservice/tmall.servicecenter.servicestore.update.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.servicecenter.servicestore.update` (修改门店信息). */
export interface TmallServicecenterServicestoreUpdateRequest {
  /** 网点/门店 */
  param_service_store_d_t_o?: TmallServicecenterServicestoreUpdateServiceStoreDtoInput;
}

/** Response of `tmall.servicecenter.servicestore.update`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallServicecenterServicestoreUpdateResponse {
  /** 方法调用结果 */
  result?: TmallServicecenterServicestoreUpdateResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ServiceStoreDto` of `tmall.servicecenter.servicestore.update`. */
export interface TmallServicecenterServicestoreUpdateServiceStoreDtoInput {
  /** 城市 */
  address_city?: string;
  /** 标准地址编码 */
  address_code?: Int64Input;
  /** 详细地址 */
  address_detail?: string;
  /** 地址-区 */
  address_district?: string;
  /** 地址-省 */
  address_province?: string;
  /** 标准地址-街道 */
  address_town?: string;
  /** 支付宝账号 */
  alipay_account?: string;
  /** 支付宝账号姓名 */
  alipay_account_name?: string;
  /** 额外属性。json */
  attributes?: string;
  /** 业务身份。汽车传car_accessory_install */
  biz_type: string;
  /** 品牌认证资料url列表,英文逗号分隔 */
  brand_certification?: string;
  /** 每日营业时间。字符串 */
  business_hours?: string;
  /** 认证的天猫品牌id列表 */
  certificated_brand_ids?: string;
  /** 公司名 */
  company_name?: string;
  /** 品牌认证有效期 */
  gmt_brand_certification_expire?: DateInput;
  /** 门店id */
  id?: Int64Input;
  /** 纬度 */
  latitude?: string;
  /** 法人身份证号 */
  legal_person_id_number?: string;
  /** 法人姓名 */
  legal_person_name?: string;
  /** 经度 */
  longitude?: string;
  /** 经理人/联系人姓名 */
  manager_name?: string;
  /** 经理人/联系人电话 */
  manager_phone?: string;
  /** 对外服务座机号 */
  phone?: string;
  /** 对外服务手机号 */
  service_mobile?: string;
  /** 网点/门店编码 */
  service_store_alias?: string;
  /** 网点名称 */
  service_store_name?: string;
  /** 门店类型 */
  type?: Int64Input;
  /** 支付宝账号身份证 */
  alipay_account_id_number?: string;
  /** 照片集合 */
  photo_collections?: string;
  /** 法人身份证正面 */
  legal_person_id_card_pic?: string;
  /** 法人身份证反面 */
  legal_person_id_card_pic_back?: string;
  /** 门头照片 */
  front_photo?: string;
  /** 营业执照照片 */
  license_photo?: string;
  /** 支付宝id */
  alipay_account_id?: string;
}

/** `Result` of `tmall.servicecenter.servicestore.update`. */
export interface TmallServicecenterServicestoreUpdateResult {
  /** 错误码 */
  msg_code?: string;
  /** 错误信息 */
  msg_info?: string;
  /** 调用是否成功 */
  success?: boolean;
}

const REQUEST_SCHEMA = {
  param_service_store_d_t_o: {
    address_city: 'String',
    address_code: 'Number',
    address_detail: 'String',
    address_district: 'String',
    address_province: 'String',
    address_town: 'String',
    alipay_account: 'String',
    alipay_account_name: 'String',
    attributes: 'String',
    biz_type: 'String',
    brand_certification: 'String',
    business_hours: 'String',
    certificated_brand_ids: 'String',
    company_name: 'String',
    gmt_brand_certification_expire: 'Date',
    id: 'Number',
    latitude: 'String',
    legal_person_id_number: 'String',
    legal_person_name: 'String',
    longitude: 'String',
    manager_name: 'String',
    manager_phone: 'String',
    phone: 'String',
    service_mobile: 'String',
    service_store_alias: 'String',
    service_store_name: 'String',
    type: 'Number',
    alipay_account_id_number: 'String',
    photo_collections: 'String',
    legal_person_id_card_pic: 'String',
    legal_person_id_card_pic_back: 'String',
    front_photo: 'String',
    license_photo: 'String',
    alipay_account_id: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    msg_code: 'String',
    msg_info: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `tmall.servicecenter.servicestore.update`: method, response root, request and response schemas. */
export const tmallServicecenterServicestoreUpdateOperation = {
  method: 'tmall.servicecenter.servicestore.update',
  responseRoot: 'tmall_servicecenter_servicestore_update_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 修改门店信息 — calls TOP method `tmall.servicecenter.servicestore.update`.
 *
 * 用于修改门店/网点信息。多个业务共用
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallServicecenterServicestoreUpdate(
  client: TopClient,
  request: TmallServicecenterServicestoreUpdateRequest = {},
  options?: CallOptions,
): Promise<TmallServicecenterServicestoreUpdateResponse> {
  return client.call<TmallServicecenterServicestoreUpdateResponse>(
    {
      method: 'tmall.servicecenter.servicestore.update',
      responseRoot: 'tmall_servicecenter_servicestore_update_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
