// Generated from specs/alihouse/alibaba.alihouse.existinghome.brandcity.sync.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihouse.existinghome.brandcity.sync` (二手房城市品牌店数据同步). */
export interface AlibabaAlihouseExistinghomeBrandcitySyncRequest {
  /** 入参 */
  company_brand_city_dto: AlibabaAlihouseExistinghomeBrandcitySyncCompanyBrandCityDtoInput;
}

/** Response of `alibaba.alihouse.existinghome.brandcity.sync`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihouseExistinghomeBrandcitySyncResponse {
  /** 接口返回model */
  result?: AlibabaAlihouseExistinghomeBrandcitySyncResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `CompanyBrandCityDto` of `alibaba.alihouse.existinghome.brandcity.sync`. */
export interface AlibabaAlihouseExistinghomeBrandcitySyncCompanyBrandCityDtoInput {
  /** 外部城市品牌店ID */
  outer_company_brand_id: string;
  /** 公司外部ID */
  outer_company_id: string;
  /** 外部品牌ID */
  outer_brand_id?: string;
  /** 城市ID */
  city_id: Int64Input;
  /** 公司名称 */
  company_name: string;
  /** 公司简称 */
  company_name_short: string;
  /** 营业执照编号 */
  company_license_no: string;
  /** 企业法定代表人 */
  company_legal_person: string;
  /** 营业执照图片 */
  company_license_photo: string;
  /** 营业执照有效时间 */
  company_license_expire_time?: string;
  /** 是否长期有效 1-是 0-否 */
  company_license_status?: Int64Input;
  /** 公司logo */
  company_logo?: string;
  /** 备案证明编号 */
  company_certificate_no?: string;
  /** 备案证明图片 */
  company_certificate_photo?: string;
  /** 联系人 */
  contact_man: string;
  /** 联系电话 */
  contact_phone: string;
  /** 高德经度 */
  gaode_longitude: string;
  /** 高德纬度 */
  gaode_latitude: string;
  /** 地址 */
  address: string;
  /** 是否删除 0 - 否 1 - 是 */
  is_deleted: Int64Input;
  /** 是否虚拟品牌店 1-是 0-否 */
  is_virtual_company: Int64Input;
  /** 品牌门店描述 */
  description?: string;
  /** 城市品牌店标签 */
  tag_codes?: string;
  /** 是否为测试标 0-否 1-是 */
  is_test?: Int64Input;
  /** 城市品牌类型：交易服务类型-5、二租业务类型-0 */
  type?: Int64Input;
}

/** `Result` of `alibaba.alihouse.existinghome.brandcity.sync`. */
export interface AlibabaAlihouseExistinghomeBrandcitySyncResult {
  /** 返回素材id */
  data?: Int64;
  /** 是否成功 */
  success?: boolean;
  /** message */
  message?: string;
  /** code */
  code?: string;
}

const REQUEST_SCHEMA = {
  company_brand_city_dto: {
    outer_company_brand_id: 'String',
    outer_company_id: 'String',
    outer_brand_id: 'String',
    city_id: 'Number',
    company_name: 'String',
    company_name_short: 'String',
    company_license_no: 'String',
    company_legal_person: 'String',
    company_license_photo: 'String',
    company_license_expire_time: 'String',
    company_license_status: 'Number',
    company_logo: 'String',
    company_certificate_no: 'String',
    company_certificate_photo: 'String',
    contact_man: 'String',
    contact_phone: 'String',
    gaode_longitude: 'String',
    gaode_latitude: 'String',
    address: 'String',
    is_deleted: 'Number',
    is_virtual_company: 'Number',
    description: 'String',
    tag_codes: 'String',
    is_test: 'Number',
    type: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    data: 'Number',
    success: 'Boolean',
    message: 'String',
    code: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihouse.existinghome.brandcity.sync`: method, response root, request and response schemas. */
export const alibabaAlihouseExistinghomeBrandcitySyncOperation = {
  method: 'alibaba.alihouse.existinghome.brandcity.sync',
  responseRoot: 'alibaba_alihouse_existinghome_brandcity_sync_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 二手房城市品牌店数据同步 — calls TOP method `alibaba.alihouse.existinghome.brandcity.sync`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihouseExistinghomeBrandcitySync(
  client: TopClient,
  request: AlibabaAlihouseExistinghomeBrandcitySyncRequest,
  options?: CallOptions,
): Promise<AlibabaAlihouseExistinghomeBrandcitySyncResponse> {
  return client.call<AlibabaAlihouseExistinghomeBrandcitySyncResponse>(
    {
      method: 'alibaba.alihouse.existinghome.brandcity.sync',
      responseRoot: 'alibaba_alihouse_existinghome_brandcity_sync_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
