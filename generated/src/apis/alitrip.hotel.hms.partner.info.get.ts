// Generated from specs/hotelalliance/alitrip.hotel.hms.partner.info.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.hotel.hms.partner.info.get` (获取合作商信息). */
export interface AlitripHotelHmsPartnerInfoGetRequest {
  /** 查询合作商信息query参数 */
  query_partner_info_param: AlitripHotelHmsPartnerInfoGetQueryPartnerInfoParamInput;
}

/** Response of `alitrip.hotel.hms.partner.info.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripHotelHmsPartnerInfoGetResponse {
  /** 返回Result */
  hms_top_result_set?: AlitripHotelHmsPartnerInfoGetHmsTopResultSet;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `QueryPartnerInfoParam` of `alitrip.hotel.hms.partner.info.get`. */
export interface AlitripHotelHmsPartnerInfoGetQueryPartnerInfoParamInput {
  /** 合作商Id */
  hoc_partner_id: Int64Input;
}

/** `HmsTopResultSet` of `alitrip.hotel.hms.partner.info.get`. */
export interface AlitripHotelHmsPartnerInfoGetHmsTopResultSet {
  /** 合作商信息实体 */
  result?: AlitripHotelHmsPartnerInfoGetAlliancePartnerInfo;
  /** 操作是否成功 */
  success?: boolean;
  /** 错误code */
  error_code?: string;
  /** 错误信息 */
  error_msg?: string;
}

/** `AlliancePartnerInfo` of `alitrip.hotel.hms.partner.info.get`. */
export interface AlitripHotelHmsPartnerInfoGetAlliancePartnerInfo {
  /** 公司名称 */
  company_name?: string;
  /** 合作商联系人电话 */
  contact_phone?: string;
  /** 结算账户名 */
  account_name?: string;
  /** 合作商联系人姓名 */
  contact_name?: string;
  /** 合作商ID */
  partner_id?: Int64;
  /** 结算类型（目前只有0，企业支付宝） */
  pay_type?: Int64;
  /** 结算账号 */
  account_num?: string;
  /** 是否生效（0: 失效 1:生效） */
  is_valid?: Int64;
  /** 公司联系邮箱 */
  contact_email?: string;
  /** 公司地址 */
  company_address?: string;
  /** 合作商签约主账号 */
  main_account?: string;
}

const REQUEST_SCHEMA = {
  query_partner_info_param: {
    hoc_partner_id: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  hms_top_result_set: {
    result: {
      company_name: 'String',
      contact_phone: 'String',
      account_name: 'String',
      contact_name: 'String',
      partner_id: 'Number',
      pay_type: 'Number',
      account_num: 'String',
      is_valid: 'Number',
      contact_email: 'String',
      company_address: 'String',
      main_account: 'String',
    },
    success: 'Boolean',
    error_code: 'String',
    error_msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alitrip.hotel.hms.partner.info.get`: method, response root, request and response schemas. */
export const alitripHotelHmsPartnerInfoGetOperation = {
  method: 'alitrip.hotel.hms.partner.info.get',
  responseRoot: 'alitrip_hotel_hms_partner_info_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取合作商信息 — calls TOP method `alitrip.hotel.hms.partner.info.get`.
 *
 * 用于给到未来酒店读取与飞猪酒店合作的合作商信息，开展单体联盟业务
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripHotelHmsPartnerInfoGet(
  client: TopClient,
  request: AlitripHotelHmsPartnerInfoGetRequest,
  options?: CallOptions,
): Promise<AlitripHotelHmsPartnerInfoGetResponse> {
  return client.call<AlitripHotelHmsPartnerInfoGetResponse>(
    {
      method: 'alitrip.hotel.hms.partner.info.get',
      responseRoot: 'alitrip_hotel_hms_partner_info_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
