// Generated from specs/alihouse/alibaba.alihouse.existinghome.companyinfo.submit.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihouse.existinghome.companyinfo.submit` (进件接口). */
export interface AlibabaAlihouseExistinghomeCompanyinfoSubmitRequest {
  /** 进件资料对象 */
  cis: AlibabaAlihouseExistinghomeCompanyinfoSubmitTradeMerchantOpenDTOInput;
}

/** Response of `alibaba.alihouse.existinghome.companyinfo.submit`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihouseExistinghomeCompanyinfoSubmitResponse {
  /** 接口返回model */
  result?: AlibabaAlihouseExistinghomeCompanyinfoSubmitResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TradeMerchantOpenDTO` of `alibaba.alihouse.existinghome.companyinfo.submit`. */
export interface AlibabaAlihouseExistinghomeCompanyinfoSubmitTradeMerchantOpenDTOInput {
  /** 法人证件类型 1身份证 2 港澳居民往来内地通行证；3 台湾同胞往来大陆通行证；4 外国人居留证 */
  legal_cert_type?: Int64Input;
  /** 法人证件背面照 */
  legal_cert_back_url?: string;
  /** 法人证件正面照 */
  legal_cert_front_url?: string;
  /** 营业执照有效期时间 */
  business_license_expire_time?: string;
  /** 营业执照有效期类型 */
  business_license_status?: Int64Input;
  /** 营业执照图片 */
  business_license_url?: string;
  /** 营业执照编号 */
  business_license_no?: string;
  /** 法人编号 */
  legal_cert_no?: string;
  /** 法人姓名 */
  legal_name?: string;
  /** 商家联系方式 */
  business_contact_phone?: string;
  /** 商家联系人 */
  business_contact_name?: string;
  /** 商家别名 */
  alias_name?: string;
  /** 商家名称 */
  name?: string;
  /** 商家类型 01：企业 07：个体工商户 */
  merchant_type?: string;
  /** 进件类型 1-公司 2-城市品牌店 3-标准门店 */
  type: Int64Input;
  /** 外部id */
  outer_company_id: string;
  /** 自然人名称 */
  personal_name?: string;
  /** 自然人电话 */
  personal_phone?: string;
  /** 自然人证件类型 */
  personal_cert_type?: Int64Input;
  /** 自然人证件编号 */
  personal_cert_no?: string;
  /** 自然人有效期类型 */
  personal_cert_expire_status?: Int64Input;
  /** 有效期 */
  personal_cert_expire_time?: string;
  /** 证件正面照 */
  personal_cert_front_url?: string;
  /** 证件反面照 */
  personal_cert_back_url?: string;
  /** 场景类型1-二手房交易 2-租房交易 */
  scene_type?: Int64Input;
  /** 省份ID */
  province_id?: Int64Input;
  /** 城市ID */
  city_id?: Int64Input;
  /** 区域ID */
  area_id?: Int64Input;
  /** 详细地址 */
  address?: string;
  /** 有效期类型 1-永久 0-非永久 */
  legal_cert_status?: Int64Input;
  /** 过期时间 */
  legal_cert_expire_time?: string;
  /** 外部绑定楼盘ID */
  outer_id?: string;
  /** 外部项目店ID */
  outer_store_id?: string;
  /** 是否支持贷记 1- 支持 0-不支持 */
  is_support_credit?: Int64Input;
  /** 合同快照 */
  contract_snapshot?: string;
  /** 收款类型 1-直收 2-代收 */
  collection_type?: Int64Input;
  /** 代收主体ID */
  instead_merchant_open_id?: Int64Input;
  /** 签约类型 */
  sign_type?: Int64Input;
  /** 代签主体ID */
  signing_merchant_open_id?: Int64Input;
  /** 授权协议与证明列表 */
  proof_list?: AlibabaAlihouseExistinghomeCompanyinfoSubmitTradeMerchantProofDTOInput[];
}

/** `TradeMerchantProofDTO` of `alibaba.alihouse.existinghome.companyinfo.submit`. */
export interface AlibabaAlihouseExistinghomeCompanyinfoSubmitTradeMerchantProofDTOInput {
  /** 类型 */
  type?: Int64Input;
  /** 文件类型 */
  file_type?: Int64Input;
  /** 文件URL */
  url?: string;
}

/** `Result` of `alibaba.alihouse.existinghome.companyinfo.submit`. */
export interface AlibabaAlihouseExistinghomeCompanyinfoSubmitResult {
  /** code */
  code?: string;
  /** 返回信息 */
  msg?: string;
  /** true或false */
  is_success?: boolean;
  /** 进件id */
  data?: Int64;
}

const REQUEST_SCHEMA = {
  cis: {
    legal_cert_type: 'Number',
    legal_cert_back_url: 'String',
    legal_cert_front_url: 'String',
    business_license_expire_time: 'String',
    business_license_status: 'Number',
    business_license_url: 'String',
    business_license_no: 'String',
    legal_cert_no: 'String',
    legal_name: 'String',
    business_contact_phone: 'String',
    business_contact_name: 'String',
    alias_name: 'String',
    name: 'String',
    merchant_type: 'String',
    type: 'Number',
    outer_company_id: 'String',
    personal_name: 'String',
    personal_phone: 'String',
    personal_cert_type: 'Number',
    personal_cert_no: 'String',
    personal_cert_expire_status: 'Number',
    personal_cert_expire_time: 'String',
    personal_cert_front_url: 'String',
    personal_cert_back_url: 'String',
    scene_type: 'Number',
    province_id: 'Number',
    city_id: 'Number',
    area_id: 'Number',
    address: 'String',
    legal_cert_status: 'Number',
    legal_cert_expire_time: 'String',
    outer_id: 'String',
    outer_store_id: 'String',
    is_support_credit: 'Number',
    contract_snapshot: 'String',
    collection_type: 'Number',
    instead_merchant_open_id: 'Number',
    sign_type: 'Number',
    signing_merchant_open_id: 'Number',
    proof_list: [
      {
        type: 'Number',
        file_type: 'Number',
        url: 'String',
      },
    ],
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    code: 'String',
    msg: 'String',
    is_success: 'Boolean',
    data: 'Number',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihouse.existinghome.companyinfo.submit`: method, response root, request and response schemas. */
export const alibabaAlihouseExistinghomeCompanyinfoSubmitOperation = {
  method: 'alibaba.alihouse.existinghome.companyinfo.submit',
  responseRoot: 'alibaba_alihouse_existinghome_companyinfo_submit_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 进件接口 — calls TOP method `alibaba.alihouse.existinghome.companyinfo.submit`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihouseExistinghomeCompanyinfoSubmit(
  client: TopClient,
  request: AlibabaAlihouseExistinghomeCompanyinfoSubmitRequest,
  options?: CallOptions,
): Promise<AlibabaAlihouseExistinghomeCompanyinfoSubmitResponse> {
  return client.call<AlibabaAlihouseExistinghomeCompanyinfoSubmitResponse>(
    {
      method: 'alibaba.alihouse.existinghome.companyinfo.submit',
      responseRoot: 'alibaba_alihouse_existinghome_companyinfo_submit_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
