// Generated from specs/user/taobao.open.account.token.validate.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.open.account.token.validate` (open account token验证). */
export interface TaobaoOpenAccountTokenValidateRequest {
  /** token */
  param_token: string;
}

/** Response of `taobao.open.account.token.validate`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoOpenAccountTokenValidateResponse {
  /** 验证成功返回token中的信息 */
  data?: TaobaoOpenAccountTokenValidateOpenAccountTokenValidateResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `OpenAccountTokenValidateResult` of `taobao.open.account.token.validate`. */
export interface TaobaoOpenAccountTokenValidateOpenAccountTokenValidateResult {
  /** 错误码 */
  code?: Int64;
  /** token中的数据 */
  data?: TaobaoOpenAccountTokenValidateTokenInfo;
  /** 错误信息 */
  message?: string;
  /** 是否成功 */
  successful?: boolean;
}

/** `TokenInfo` of `taobao.open.account.token.validate`. */
export interface TaobaoOpenAccountTokenValidateTokenInfo {
  /** token info扩展信息 */
  ext?: TaobaoOpenAccountTokenValidateTokenInfoExt;
  /** isv自己账号的唯一id */
  isv_account_id?: string;
  /** ISV APP的登录态时长 */
  login_state_expire_in?: Int64;
  /** open account id */
  open_account_id?: Int64;
  /** 时间戳 */
  timestamp?: Int64;
  /** 用于防重放的唯一id */
  uuid?: string;
}

/** `TokenInfoExt` of `taobao.open.account.token.validate`. */
export interface TaobaoOpenAccountTokenValidateTokenInfoExt {
  /** open account当前token info中open account id对应的open account信息 */
  open_account?: TaobaoOpenAccountTokenValidateOpenAccount;
  /** oauthOtherInfo */
  oauth_other_info?: TaobaoOpenAccountTokenValidateOAuthOtherInfo;
}

/** `OpenAccount` of `taobao.open.account.token.validate`. */
export interface TaobaoOpenAccountTokenValidateOpenAccount {
  /** 登录名 */
  login_id?: string;
  /** 帐号创建的设备的ID */
  create_device_id?: string;
  /** 支付宝的帐号标识 */
  alipay_id?: string;
  /** 创建帐号的App Key */
  create_app_key?: string;
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
  /** 数据域 */
  domain_id?: Int64;
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
  login_pwd_intensity?: Int64;
  /** Open Account Id */
  id?: Int64;
  /** 账号创建类型：1、通过短信创建，2、ISV批量导入，3、ISV OAuth创建 */
  type?: Int64;
  /** 账号状态：1、启用，2、删除，3、禁用 */
  status?: Int64;
  /** 记录的版本号 */
  version?: Int64;
  /** 加密算法类型：1、代表单纯MD5，2：代表单一Salt的MD5，3、代表根据记录不同后的MD5 */
  login_pwd_encryption?: Int64;
  /** 1男 2女 */
  gender?: Int64;
  /** 姓名 */
  name?: string;
  /** 出生日期 */
  birthday?: string;
  /** 旺旺 */
  wangwang?: string;
  /** 微信 */
  weixin?: string;
  /** TAOBAO = 1;WEIXIN = 2;WEIBO = 3;QQ = 4; */
  oauth_plateform?: Int64;
}

/** `OAuthOtherInfo` of `taobao.open.account.token.validate`. */
export interface TaobaoOpenAccountTokenValidateOAuthOtherInfo {
  /** access_token */
  access_token?: string;
  /** nick */
  nick?: string;
  /** avatarUrl */
  avatar_url?: string;
  /** id */
  id?: string;
  /** 三方平台类型 */
  platform_type?: Int64;
  /** 三方平台的openId */
  open_id?: string;
  /** 三方平台的unionId */
  union_id?: string;
}

const REQUEST_SCHEMA = {
  param_token: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  data: {
    code: 'Number',
    data: {
      ext: {
        open_account: {
          login_id: 'String',
          create_device_id: 'String',
          alipay_id: 'String',
          create_app_key: 'String',
          locale: 'String',
          bank_card_no: 'String',
          isv_account_id: 'String',
          email: 'String',
          avatar_url: 'String',
          domain_id: 'Number',
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
          version: 'Number',
          login_pwd_encryption: 'Number',
          gender: 'Number',
          name: 'String',
          birthday: 'String',
          wangwang: 'String',
          weixin: 'String',
          oauth_plateform: 'Number',
        },
        oauth_other_info: {
          access_token: 'String',
          nick: 'String',
          avatar_url: 'String',
          id: 'String',
          platform_type: 'Number',
          open_id: 'String',
          union_id: 'String',
        },
      },
      isv_account_id: 'String',
      login_state_expire_in: 'Number',
      open_account_id: 'Number',
      timestamp: 'Number',
      uuid: 'String',
    },
    message: 'String',
    successful: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.open.account.token.validate`: method, response root, request and response schemas. */
export const taobaoOpenAccountTokenValidateOperation = {
  method: 'taobao.open.account.token.validate',
  responseRoot: 'open_account_token_validate_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * open account token验证 — calls TOP method `taobao.open.account.token.validate`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoOpenAccountTokenValidate(
  client: TopClient,
  request: TaobaoOpenAccountTokenValidateRequest,
  options?: CallOptions,
): Promise<TaobaoOpenAccountTokenValidateResponse> {
  return client.call<TaobaoOpenAccountTokenValidateResponse>(
    {
      method: 'taobao.open.account.token.validate',
      responseRoot: 'open_account_token_validate_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
