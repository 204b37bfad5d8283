// Generated from specs/wdk/alibaba.tcls.aelophy.merchant.user.upload.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.tcls.aelophy.merchant.user.upload` (商家会员数据上传). */
export interface AlibabaTclsAelophyMerchantUserUploadRequest {
  /**
   * 渠道用户信息
   *
   * Max list size: 20
   */
  user_info_list: AlibabaTclsAelophyMerchantUserUploadMerchantUserInfoInput[];
}

/** Response of `alibaba.tcls.aelophy.merchant.user.upload`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaTclsAelophyMerchantUserUploadResponse {
  /** 接口返回model */
  api_result?: AlibabaTclsAelophyMerchantUserUploadApiResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `MerchantUserInfo` of `alibaba.tcls.aelophy.merchant.user.upload`. */
export interface AlibabaTclsAelophyMerchantUserUploadMerchantUserInfoInput {
  /** 真实手机号 */
  real_phone?: string;
  /** 生日 */
  birthday?: DateInput;
  /** 地址 */
  address?: string;
  /** 性别 */
  gender?: string;
  /** 注册时间 */
  register_time?: DateInput;
  /** 等级 */
  member_level?: string;
  /** 入会来源 */
  source?: string;
  /** 用户名 */
  user_name?: string;
  /** 卡号 */
  card_no?: string;
  /** 积分余额，可以为小数 */
  score_balance?: string;
  /** 自定义渠道类型 */
  customize_channel?: string;
  /** 商家侧统一用户标识ID,如统一会员id */
  union_uid: string;
  /** 渠道用户ID，如erp会员id，淘宝openid、饿了么uid、微信openId */
  channel_user_id?: string;
  /** 储值卡余额，需要统一单位为”分“，然后取整上传 */
  card_balance?: Int64Input;
  /** 扩项属性 */
  extend_property?: string;
  /** 会员开始时间 */
  start_time?: DateInput;
  /** 会员结束时间 */
  end_time?: DateInput;
  /** 是否续费 */
  renew?: boolean;
  /** 引导来源标识，填写引导来源标识备注，如门店编码 */
  source_tag?: string;
  /** 是否付费 */
  pay_member?: boolean;
  /** storeMember：门店会员，txd：淘鲜达，eleme：饿了么，weixin：微信小程序 */
  channel_code: string;
  /** isv系统中的完整的用户信息 */
  origin_whole_data?: string;
  /** 微信名 */
  wx_user_name?: string;
  /** 微信unionId */
  wx_union_id?: string;
}

/** `ApiResult` of `alibaba.tcls.aelophy.merchant.user.upload`. */
export interface AlibabaTclsAelophyMerchantUserUploadApiResult {
  /** 是否成功 */
  success?: boolean;
  /** 错误码 */
  err_code?: string;
  /** 错误信息描述 */
  err_msg?: string;
  /** model */
  model?: boolean;
}

const REQUEST_SCHEMA = {
  user_info_list: [
    {
      real_phone: 'String',
      birthday: 'Date',
      address: 'String',
      gender: 'String',
      register_time: 'Date',
      member_level: 'String',
      source: 'String',
      user_name: 'String',
      card_no: 'String',
      score_balance: 'String',
      customize_channel: 'String',
      union_uid: 'String',
      channel_user_id: 'String',
      card_balance: 'Number',
      extend_property: 'String',
      start_time: 'Date',
      end_time: 'Date',
      renew: 'Boolean',
      source_tag: 'String',
      pay_member: 'Boolean',
      channel_code: 'String',
      origin_whole_data: 'String',
      wx_user_name: 'String',
      wx_union_id: 'String',
    },
  ],
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  api_result: {
    success: 'Boolean',
    err_code: 'String',
    err_msg: 'String',
    model: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.tcls.aelophy.merchant.user.upload`: method, response root, request and response schemas. */
export const alibabaTclsAelophyMerchantUserUploadOperation = {
  method: 'alibaba.tcls.aelophy.merchant.user.upload',
  responseRoot: 'alibaba_tcls_aelophy_merchant_user_upload_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 商家会员数据上传 — calls TOP method `alibaba.tcls.aelophy.merchant.user.upload`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaTclsAelophyMerchantUserUpload(
  client: TopClient,
  request: AlibabaTclsAelophyMerchantUserUploadRequest,
  options?: CallOptions,
): Promise<AlibabaTclsAelophyMerchantUserUploadResponse> {
  return client.call<AlibabaTclsAelophyMerchantUserUploadResponse>(
    {
      method: 'alibaba.tcls.aelophy.merchant.user.upload',
      responseRoot: 'alibaba_tcls_aelophy_merchant_user_upload_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
