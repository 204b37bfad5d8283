// Generated from specs/hotelalliance/alitrip.hotel.single.info.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.hotel.single.info.get` (获取单体酒店信息). */
export interface AlitripHotelSingleInfoGetRequest {
  /** 查询酒店信息query参数 */
  query_hotel_info_param: AlitripHotelSingleInfoGetQueryHotelInfoParamInput;
}

/** Response of `alitrip.hotel.single.info.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripHotelSingleInfoGetResponse {
  /** 返回Result */
  hms_top_result_set?: AlitripHotelSingleInfoGetHmsTopResultSet;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `QueryHotelInfoParam` of `alitrip.hotel.single.info.get`. */
export interface AlitripHotelSingleInfoGetQueryHotelInfoParamInput {
  /** 飞猪卖家酒店id */
  hid: Int64Input;
  /** 单体联盟飞猪卖家酒店id */
  ahid?: Int64Input;
}

/** `HmsTopResultSet` of `alitrip.hotel.single.info.get`. */
export interface AlitripHotelSingleInfoGetHmsTopResultSet {
  /** 酒店参数实体 */
  result?: AlitripHotelSingleInfoGetAllianceHotelInfo;
  /** 操作是否成功 */
  success?: boolean;
  /** 错误Id */
  error_code?: string;
  /** 错误信息 */
  error_msg?: string;
}

/** `AllianceHotelInfo` of `alitrip.hotel.single.info.get`. */
export interface AlitripHotelSingleInfoGetAllianceHotelInfo {
  /** 邀约人 */
  inviter?: string;
  /** 酒店联系人电话 */
  contact_phone?: string;
  /** 卖家酒店id */
  hid?: Int64;
  /** 合同签署开始时间 */
  contract_start?: string;
  /** 合作商Id */
  partner_id?: Int64;
  /** 标准酒店Id */
  shid?: Int64;
  /** 底价比率值 */
  fee?: string;
  /** 结算账号户名 */
  account_name?: string;
  /** 酒店名称 */
  hotel_name?: string;
  /** 开户行名称 */
  account_opening_bank?: string;
  /** 酒店联系人姓名 */
  contact_name?: string;
  /** 费率类型 */
  fee_type?: Int64;
  /** 结算类型0:个人支付宝 1:企业支付宝 3:对公银行卡 */
  pay_type?: Int64;
  /** 支付宝账号 */
  alipay_account?: string;
  /** 是否生效 0:失效 1:生效 */
  is_valid?: Int64;
  /** 单体联盟新生成的卖家酒店Id */
  ahid?: Int64;
  /** 银行卡账号 */
  bank_account?: string;
  /** 合同结束时间 */
  contract_end?: string;
  /** 酒店联系邮箱 */
  contact_email?: string;
  /** 银行省份 */
  bank_province?: string;
  /** 银行城市 */
  bank_city?: string;
  /** 酒店签约主账号 */
  main_account?: string;
  /** 开户银行 */
  account_bank?: string;
  /** 合同号 */
  tpl_id?: Int64;
  /** 卖家Id */
  seller_id?: Int64;
  /** 是否菲住酒店有效 */
  is_new_valid?: Int64;
  /** 新费率 */
  new_fee?: string;
  /** 新费率类型 */
  new_fee_type?: Int64;
  /** 是否迁移成功 */
  is_transfer?: Int64;
  /** 主合同id */
  main_tpl_id?: Int64;
  /** 营业执照公司名称 */
  company_name?: string;
  /** 支付宝帐号ID */
  alipay_account_id?: string;
}

const REQUEST_SCHEMA = {
  query_hotel_info_param: {
    hid: 'Number',
    ahid: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  hms_top_result_set: {
    result: {
      inviter: 'String',
      contact_phone: 'String',
      hid: 'Number',
      contract_start: 'Date',
      partner_id: 'Number',
      shid: 'Number',
      fee: 'String',
      account_name: 'String',
      hotel_name: 'String',
      account_opening_bank: 'String',
      contact_name: 'String',
      fee_type: 'Number',
      pay_type: 'Number',
      alipay_account: 'String',
      is_valid: 'Number',
      ahid: 'Number',
      bank_account: 'String',
      contract_end: 'Date',
      contact_email: 'String',
      bank_province: 'String',
      bank_city: 'String',
      main_account: 'String',
      account_bank: 'String',
      tpl_id: 'Number',
      seller_id: 'Number',
      is_new_valid: 'Number',
      new_fee: 'String',
      new_fee_type: 'Number',
      is_transfer: 'Number',
      main_tpl_id: 'Number',
      company_name: 'String',
      alipay_account_id: 'String',
    },
    success: 'Boolean',
    error_code: 'String',
    error_msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alitrip.hotel.single.info.get`: method, response root, request and response schemas. */
export const alitripHotelSingleInfoGetOperation = {
  method: 'alitrip.hotel.single.info.get',
  responseRoot: 'alitrip_hotel_single_info_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取单体酒店信息 — calls TOP method `alitrip.hotel.single.info.get`.
 *
 * 用于给到未来酒店读取与飞猪酒店合作的单体酒店信息，开展单体联盟业务
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripHotelSingleInfoGet(
  client: TopClient,
  request: AlitripHotelSingleInfoGetRequest,
  options?: CallOptions,
): Promise<AlitripHotelSingleInfoGetResponse> {
  return client.call<AlitripHotelSingleInfoGetResponse>(
    {
      method: 'alitrip.hotel.single.info.get',
      responseRoot: 'alitrip_hotel_single_info_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
