// Generated from specs/tmallservice/tmall.servicecenter.servicestore.create.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.servicecenter.servicestore.create` (创建门店). */
export interface TmallServicecenterServicestoreCreateRequest {
  /** 网点/门店 */
  service_store?: TmallServicecenterServicestoreCreateServiceStoreDTOInput;
}

/** Response of `tmall.servicecenter.servicestore.create`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallServicecenterServicestoreCreateResponse {
  /** 方法调用结果 */
  result?: TmallServicecenterServicestoreCreateResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ServiceStoreDTO` of `tmall.servicecenter.servicestore.create`. */
export interface TmallServicecenterServicestoreCreateServiceStoreDTOInput {
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
  service_store_code?: string;
  /** 网点名称 */
  service_store_name?: string;
  /** 统一社会信用代码 */
  social_credit_code?: string;
  /** 门店类型 */
  type?: Int64Input;
  /** 别名 */
  service_store_alias?: string;
  /** 支付宝账户身份证号 */
  alipay_account_id_number?: string;
  /** 法人身份证正面 */
  legal_person_id_card_pic?: string;
  /** 法人身份证反面 */
  legal_person_id_card_pic_back?: string;
  /** 门头照片 */
  front_photo?: string;
  /** 营业执照照片 */
  license_photo?: string;
  /** 支付宝账户id */
  alipay_account_id?: string;
}

/** `Result` of `tmall.servicecenter.servicestore.create`. */
export interface TmallServicecenterServicestoreCreateResult {
  /** 错误码 */
  msg_code?: string;
  /** 错误信息 */
  msg_info?: string;
  /** 门店数据 */
  result_data?: TmallServicecenterServicestoreCreateServiceStoreCreateResp;
  /** 调用是否成功 */
  success?: boolean;
}

/** `ServiceStoreCreateResp` of `tmall.servicecenter.servicestore.create`. */
export interface TmallServicecenterServicestoreCreateServiceStoreCreateResp {
  /** 门店id */
  id?: Int64;
  /** 门店密钥 */
  secret?: string;
}

const REQUEST_SCHEMA = {
  service_store: {
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
    latitude: 'Price',
    legal_person_id_number: 'String',
    legal_person_name: 'String',
    longitude: 'Price',
    manager_name: 'String',
    manager_phone: 'String',
    phone: 'String',
    service_mobile: 'String',
    service_store_code: 'String',
    service_store_name: 'String',
    social_credit_code: 'String',
    type: 'Number',
    service_store_alias: 'String',
    alipay_account_id_number: 'String',
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
    result_data: {
      id: 'Number',
      secret: 'String',
    },
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `tmall.servicecenter.servicestore.create`: method, response root, request and response schemas. */
export const tmallServicecenterServicestoreCreateOperation = {
  method: 'tmall.servicecenter.servicestore.create',
  responseRoot: 'tmall_servicecenter_servicestore_create_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 创建门店 — calls TOP method `tmall.servicecenter.servicestore.create`.
 *
 * 用于创建门店/网点。多个业务共用
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallServicecenterServicestoreCreate(
  client: TopClient,
  request: TmallServicecenterServicestoreCreateRequest = {},
  options?: CallOptions,
): Promise<TmallServicecenterServicestoreCreateResponse> {
  return client.call<TmallServicecenterServicestoreCreateResponse>(
    {
      method: 'tmall.servicecenter.servicestore.create',
      responseRoot: 'tmall_servicecenter_servicestore_create_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
