// Generated from specs/user/taobao.open.account.update.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.open.account.update` (Open Account数据更新). */
export interface TaobaoOpenAccountUpdateRequest {
  /**
   * Open Account
   *
   * Max list size: 20
   */
  param_list?: TaobaoOpenAccountUpdateOpenAccountInput[];
}

/** Response of `taobao.open.account.update`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoOpenAccountUpdateResponse {
  /** update是否成功 */
  datas?: TaobaoOpenAccountUpdateOpenaccountVoid[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `OpenAccount` of `taobao.open.account.update`. */
export interface TaobaoOpenAccountUpdateOpenAccountInput {
  /** 登录名 */
  login_id?: string;
  /** 帐号创建的设备的ID */
  create_device_id?: string;
  /** 支付宝的帐号标识 */
  alipay_id?: string;
  /** 地区 */
  locale?: string;
  /** 银行卡号 */
  bank_card_no?: string;
  /** 开发者自定义账号id */
  isv_account_id?: string;
  /** 邮箱 */
  email?: string;
  /** 头像url */
  avatar_url?: string;
  /** 银行卡的拥有者姓名 */
  bank_card_owner_name?: string;
  /** 展示名 */
  display_name?: string;
  /** 密码salt */
  login_pwd_salt?: string;
  /** 密码 */
  login_pwd?: string;
  /** 第三方oauth openid */
  open_id?: string;
  /** 手机 */
  mobile?: string;
  /** 账号创建时的位置 */
  create_location?: string;
  /** 自定义扩展信息Map的Json格式 */
  ext_infos?: string;
  /** 密码加密强度 */
  login_pwd_intensity?: Int64Input;
  /** Open Account Id */
  id?: Int64Input;
  /** 账号创建类型：1、通过短信创建，2、ISV批量导入，3、ISV OAuth创建 */
  type?: Int64Input;
  /** 账号状态：1、启用，2、删除，3、禁用 */
  status?: Int64Input;
  /** 加密算法类型：1、代表单纯MD5，2：代表单一Salt的MD5，3、代表根据记录不同后的MD5 */
  login_pwd_encryption?: Int64Input;
  /** 1男 2女 */
  gender?: Int64Input;
  /** 姓名 */
  name?: string;
  /** 出生日期 */
  birthday?: string;
  /** 旺旺 */
  wangwang?: string;
  /** 微信 */
  weixin?: string;
  /** TAOBAO = 1;WEIXIN = 2;WEIBO = 3;QQ = 4; */
  oauth_plateform?: Int64Input;
}

/** `OpenaccountVoid` of `taobao.open.account.update`. */
export interface TaobaoOpenAccountUpdateOpenaccountVoid {
  /** 返回信息 */
  message?: string;
  /** 是否成功 */
  successful?: boolean;
  /** 错误码 */
  code?: Int64;
}

const REQUEST_SCHEMA = {
  param_list: [
    {
      login_id: 'String',
      create_device_id: 'String',
      alipay_id: 'String',
      locale: 'String',
      bank_card_no: 'String',
      isv_account_id: 'String',
      email: 'String',
      avatar_url: 'String',
      bank_card_owner_name: 'String',
      display_name: 'String',
      login_pwd_salt: 'String',
      login_pwd: 'String',
      open_id: 'String',
      mobile: 'String',
      create_location: 'String',
      ext_infos: 'String',
      login_pwd_intensity: 'Number',
      id: 'Number',
      type: 'Number',
      status: 'Number',
      login_pwd_encryption: 'Number',
      gender: 'Number',
      name: 'String',
      birthday: 'String',
      wangwang: 'String',
      weixin: 'String',
      oauth_plateform: 'Number',
    },
  ],
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  datas: [
    {
      message: 'String',
      successful: 'Boolean',
      code: 'Number',
    },
  ],
} as const satisfies ObjectSchema;

/** Static description of `taobao.open.account.update`: method, response root, request and response schemas. */
export const taobaoOpenAccountUpdateOperation = {
  method: 'taobao.open.account.update',
  responseRoot: 'open_account_update_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * Open Account数据更新 — calls TOP method `taobao.open.account.update`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoOpenAccountUpdate(
  client: TopClient,
  request: TaobaoOpenAccountUpdateRequest = {},
  options?: CallOptions,
): Promise<TaobaoOpenAccountUpdateResponse> {
  return client.call<TaobaoOpenAccountUpdateResponse>(
    {
      method: 'taobao.open.account.update',
      responseRoot: 'open_account_update_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
