// Generated from specs/alihouse/alibaba.alihouse.existinghome.company.sync.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihouse.existinghome.company.sync` (二手房公司同步接口). */
export interface AlibabaAlihouseExistinghomeCompanySyncRequest {
  /** 入参 */
  company_dto: AlibabaAlihouseExistinghomeCompanySyncCompanyDtoInput;
}

/** Response of `alibaba.alihouse.existinghome.company.sync`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihouseExistinghomeCompanySyncResponse {
  /** 接口返回model */
  result?: AlibabaAlihouseExistinghomeCompanySyncResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `CompanyDto` of `alibaba.alihouse.existinghome.company.sync`. */
export interface AlibabaAlihouseExistinghomeCompanySyncCompanyDtoInput {
  /** 公司logo */
  company_logo?: string;
  /** 是否长期有效 1-是 0-否 */
  company_license_status?: Int64Input;
  /** 营业执照过期时间 */
  company_license_expire_time?: string;
  /** 营业执照图片 */
  company_license_photo: string;
  /** 法定代表人 */
  company_legal_person: string;
  /** 营业执照编号 */
  company_license_no: string;
  /** 公司简称 */
  company_name_short: string;
  /** 公司名称 */
  company_name: string;
  /** 城市ID */
  city_id: Int64Input;
  /** 外部公司ID */
  outer_company_id: string;
  /** 是否删除 1-是 0-否 */
  is_deleted?: Int64Input;
  /** 地址 */
  address: string;
  /** 高德纬度 */
  gaode_latitude: string;
  /** 高德经度 */
  gaode_longitude: string;
  /** 联系电话 */
  contact_phone: string;
  /** 联系人 */
  contact_man: string;
  /** 备案证明图片 */
  company_certificate_photo?: string;
  /** 备案证明编号 */
  company_certificate_no?: string;
  /** 是否测试 0-否 1-是 */
  is_test?: Int64Input;
}

/** `Result` of `alibaba.alihouse.existinghome.company.sync`. */
export interface AlibabaAlihouseExistinghomeCompanySyncResult {
  /** code */
  code?: string;
  /** 是否成功 */
  success?: boolean;
  /** message */
  message?: string;
  /** 返回素材id */
  data?: Int64;
}

const REQUEST_SCHEMA = {
  company_dto: {
    company_logo: 'String',
    company_license_status: 'Number',
    company_license_expire_time: 'String',
    company_license_photo: 'String',
    company_legal_person: 'String',
    company_license_no: 'String',
    company_name_short: 'String',
    company_name: 'String',
    city_id: 'Number',
    outer_company_id: 'String',
    is_deleted: 'Number',
    address: 'String',
    gaode_latitude: 'String',
    gaode_longitude: 'String',
    contact_phone: 'String',
    contact_man: 'String',
    company_certificate_photo: 'String',
    company_certificate_no: 'String',
    is_test: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    code: 'String',
    success: 'Boolean',
    message: 'String',
    data: 'Number',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihouse.existinghome.company.sync`: method, response root, request and response schemas. */
export const alibabaAlihouseExistinghomeCompanySyncOperation = {
  method: 'alibaba.alihouse.existinghome.company.sync',
  responseRoot: 'alibaba_alihouse_existinghome_company_sync_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 二手房公司同步接口 — calls TOP method `alibaba.alihouse.existinghome.company.sync`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihouseExistinghomeCompanySync(
  client: TopClient,
  request: AlibabaAlihouseExistinghomeCompanySyncRequest,
  options?: CallOptions,
): Promise<AlibabaAlihouseExistinghomeCompanySyncResponse> {
  return client.call<AlibabaAlihouseExistinghomeCompanySyncResponse>(
    {
      method: 'alibaba.alihouse.existinghome.company.sync',
      responseRoot: 'alibaba_alihouse_existinghome_company_sync_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
