// Generated from specs/alihouse/alibaba.alihouse.store.check.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihouse.store.check` (门店对账查询工具). */
export interface AlibabaAlihouseStoreCheckRequest {
  /**
   * 外部id列表
   *
   * Max list size: 500
   */
  outer_ids: string[];
}

/** Response of `alibaba.alihouse.store.check`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihouseStoreCheckResponse {
  /** 结果 */
  result?: AlibabaAlihouseStoreCheckResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `alibaba.alihouse.store.check`. */
export interface AlibabaAlihouseStoreCheckResult {
  /** code */
  code?: string;
  /** 结果列表 */
  data?: AlibabaAlihouseStoreCheckCompanyStoreForCheckDTO[];
  /** 是否成功 */
  success?: boolean;
  /** 信息 */
  message?: string;
}

/** `CompanyStoreForCheckDTO` of `alibaba.alihouse.store.check`. */
export interface AlibabaAlihouseStoreCheckCompanyStoreForCheckDTO {
  /** 外部门店id */
  outer_store_id?: string;
  /** 外部公司id */
  outer_company_id?: string;
  /** 外部城市品牌店id */
  outer_company_brand_id?: string;
  /** 外部店铺id */
  outer_shop_id?: string;
  /** 城市id */
  city_id?: Int64;
  /** 门店名称 */
  store_name?: string;
  /** 门店简称 */
  store_name_short?: string;
  /** 门店简介 */
  store_info?: string;
  /** 联系人 */
  contact_man?: string;
  /** 联系人电话 */
  contact_phone?: string;
  /** 400主号 */
  main_phone?: string;
  /** 子号 */
  sub_phone?: string;
  /** 高德经度 */
  gaode_longitude?: string;
  /** 高德纬度 */
  gaode_latitude?: string;
  /** 地址 */
  address?: string;
  /** 门店业务类型 */
  store_biz_type?: string;
  /** 门店状态 */
  store_status?: Int64;
  /** 营业执照编号 */
  company_license_no?: string;
  /** 法人 */
  company_legal_person?: string;
  /** 营业执照图片 */
  company_license_photo?: string;
  /** 营业执照过期时间 */
  company_license_expire_time?: string;
  /** 营业执照状态 */
  company_license_status?: number;
  /** 是否为大ka */
  is_small_ka?: number;
  /** 公司名称 */
  company_name?: string;
  /** 是否为虚拟店铺 */
  virtual_type?: Int64;
  /** 营业执照备案地址 */
  company_license_url?: string;
  /** 负责业务 */
  partake_business?: string;
  /** 测试标 */
  is_test?: Int64;
  /** 门店标签 */
  tag_codes?: string;
}

const REQUEST_SCHEMA = {
  outer_ids: ['String'],
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    code: 'String',
    data: [
      {
        outer_store_id: 'String',
        outer_company_id: 'String',
        outer_company_brand_id: 'String',
        outer_shop_id: 'String',
        city_id: 'Number',
        store_name: 'String',
        store_name_short: 'String',
        store_info: 'String',
        contact_man: 'String',
        contact_phone: 'String',
        main_phone: 'String',
        sub_phone: 'String',
        gaode_longitude: 'String',
        gaode_latitude: 'String',
        address: 'String',
        store_biz_type: 'String',
        store_status: 'Number',
        company_license_no: 'String',
        company_legal_person: 'String',
        company_license_photo: 'String',
        company_license_expire_time: 'Date',
        company_license_status: 'byte',
        is_small_ka: 'byte',
        company_name: 'String',
        virtual_type: 'Number',
        company_license_url: 'String',
        partake_business: 'String',
        is_test: 'Number',
        tag_codes: 'String',
      },
    ],
    success: 'Boolean',
    message: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihouse.store.check`: method, response root, request and response schemas. */
export const alibabaAlihouseStoreCheckOperation = {
  method: 'alibaba.alihouse.store.check',
  responseRoot: 'alibaba_alihouse_store_check_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 门店对账查询工具 — calls TOP method `alibaba.alihouse.store.check`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihouseStoreCheck(
  client: TopClient,
  request: AlibabaAlihouseStoreCheckRequest,
  options?: CallOptions,
): Promise<AlibabaAlihouseStoreCheckResponse> {
  return client.call<AlibabaAlihouseStoreCheckResponse>(
    {
      method: 'alibaba.alihouse.store.check',
      responseRoot: 'alibaba_alihouse_store_check_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
