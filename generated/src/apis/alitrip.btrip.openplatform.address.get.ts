// Generated from specs/btrip/alitrip.btrip.openplatform.address.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.btrip.openplatform.address.get` (【商旅】开放平台对外页面跳转). */
export interface AlitripBtripOpenplatformAddressGetRequest {
  /** 入参 */
  rq?: AlitripBtripOpenplatformAddressGetOpenApiJumpInfoRqInput;
}

/** Response of `alitrip.btrip.openplatform.address.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripBtripOpenplatformAddressGetResponse {
  /** 出参 */
  result?: AlitripBtripOpenplatformAddressGetHisvResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `OpenApiJumpInfoRq` of `alitrip.btrip.openplatform.address.get`. */
export interface AlitripBtripOpenplatformAddressGetOpenApiJumpInfoRqInput {
  /** 第三方企业ID */
  corp_id: string;
  /** 第三方用户ID */
  user_id: string;
  /** 预定跳转：1机票2火车3酒店4用车 */
  type?: Int64Input;
  /** 行程单号 */
  itinerary_id?: string;
  /** 联系电话 */
  phone?: string;
  /** 跳转url：1 预定2 订单3 管理4 H5首页5 注册签约页面 */
  action_type: Int64Input;
  /** 版本：1老版本2isv对外版本 */
  version: Int64Input;
  /** 注册签约时企业信息（注册签约时必填） */
  corp_info_rq?: AlitripBtripOpenplatformAddressGetCorpInfoRqInput;
  /** 注册签约时管理员信息（注册签约时必填） */
  user_info_rq?: AlitripBtripOpenplatformAddressGetUserInfoRqInput;
}

/** `CorpInfoRq` of `alitrip.btrip.openplatform.address.get`. */
export interface AlitripBtripOpenplatformAddressGetCorpInfoRqInput {
  /** 第三方企业ID（注册签约时必填） */
  corp_id?: string;
  /** 企业名称（注册签约时必填） */
  corp_name?: string;
  /** 行业 */
  industry?: string;
  /** 省 */
  province?: string;
  /** 市 */
  city?: string;
  /** 企业联系人 */
  contact?: string;
  /** 企业联系电话 */
  mobile?: string;
  /** 差旅规模：1代表5万以下，2代表5-10万，3代表10-50万，4代表50万以上 */
  scope?: Int64Input;
  /** 企业人数 */
  people_size?: Int64Input;
}

/** `UserInfoRq` of `alitrip.btrip.openplatform.address.get`. */
export interface AlitripBtripOpenplatformAddressGetUserInfoRqInput {
  /** 第三方用户ID（注册签约时必填） */
  user_id?: string;
  /** 职务 */
  position?: string;
  /** 用户所在部门ID（注册签约时必填） */
  depart_id?: Int64Input;
  /** 用户真实姓名（注册签约时必填） */
  real_name?: string;
  /** 英文姓名请用"/"分隔，中间不能含有空格。顺序：姓/名(last_name/first_name)) */
  real_name_en?: string;
  /** 联系电话 */
  phone?: string;
  /** 工号 */
  job_no?: string;
  /** email */
  email?: string;
  /** 职务等级 */
  position_level?: string;
}

/** `HisvResult` of `alitrip.btrip.openplatform.address.get`. */
export interface AlitripBtripOpenplatformAddressGetHisvResult {
  /** 是否成功 */
  success?: boolean;
  /** 出参 */
  module?: AlitripBtripOpenplatformAddressGetOpenApiJumpInfoRs;
  /** 错误码 */
  result_code?: Int64;
  /** 错误信息 */
  result_msg?: string;
}

/** `OpenApiJumpInfoRs` of `alitrip.btrip.openplatform.address.get`. */
export interface AlitripBtripOpenplatformAddressGetOpenApiJumpInfoRs {
  /** 跳转url */
  url?: string;
}

const REQUEST_SCHEMA = {
  rq: {
    corp_id: 'String',
    user_id: 'String',
    type: 'Number',
    itinerary_id: 'String',
    phone: 'String',
    action_type: 'Number',
    version: 'Number',
    corp_info_rq: {
      corp_id: 'String',
      corp_name: 'String',
      industry: 'String',
      province: 'String',
      city: 'String',
      contact: 'String',
      mobile: 'String',
      scope: 'Number',
      people_size: 'Number',
    },
    user_info_rq: {
      user_id: 'String',
      position: 'String',
      depart_id: 'Number',
      real_name: 'String',
      real_name_en: 'String',
      phone: 'String',
      job_no: 'String',
      email: 'String',
      position_level: 'String',
    },
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    module: {
      url: 'String',
    },
    result_code: 'Number',
    result_msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alitrip.btrip.openplatform.address.get`: method, response root, request and response schemas. */
export const alitripBtripOpenplatformAddressGetOperation = {
  method: 'alitrip.btrip.openplatform.address.get',
  responseRoot: 'alitrip_btrip_openplatform_address_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 【商旅】开放平台对外页面跳转 — calls TOP method `alitrip.btrip.openplatform.address.get`.
 *
 * 获取类目预定页跳转地址
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripBtripOpenplatformAddressGet(
  client: TopClient,
  request: AlitripBtripOpenplatformAddressGetRequest = {},
  options?: CallOptions,
): Promise<AlitripBtripOpenplatformAddressGetResponse> {
  return client.call<AlitripBtripOpenplatformAddressGetResponse>(
    {
      method: 'alitrip.btrip.openplatform.address.get',
      responseRoot: 'alitrip_btrip_openplatform_address_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
