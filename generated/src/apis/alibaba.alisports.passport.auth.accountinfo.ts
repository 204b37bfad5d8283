// Generated from specs/alisports/alibaba.alisports.passport.auth.accountinfo.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alisports.passport.auth.accountinfo` (授权账号信息). */
export interface AlibabaAlisportsPassportAuthAccountinfoRequest {
  /** 阿里体育业务KEY */
  alisp_app_key?: string;
  /** 授权token，有效期2小时 */
  sso_token?: string;
}

/** Response of `alibaba.alisports.passport.auth.accountinfo`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlisportsPassportAuthAccountinfoResponse {
  /** 结果对象 */
  result?: AlibabaAlisportsPassportAuthAccountinfoAlispResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `AlispResult` of `alibaba.alisports.passport.auth.accountinfo`. */
export interface AlibabaAlisportsPassportAuthAccountinfoAlispResult {
  /** 数据对象 */
  alisp_data?: AlibabaAlisportsPassportAuthAccountinfoAuthAccountInfoDto;
  /** 错误码 */
  alisp_code?: Int64;
  /** 错误信息 */
  alisp_msg?: string;
}

/** `AuthAccountInfoDto` of `alibaba.alisports.passport.auth.accountinfo`. */
export interface AlibabaAlisportsPassportAuthAccountinfoAuthAccountInfoDto {
  /** 头像 */
  avatar?: string;
  /** 昵称 */
  nick?: string;
  /** openId */
  open_id?: string;
}

const REQUEST_SCHEMA = {
  alisp_app_key: 'String',
  sso_token: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    alisp_data: {
      avatar: 'String',
      nick: 'String',
      open_id: 'String',
    },
    alisp_code: 'Number',
    alisp_msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alisports.passport.auth.accountinfo`: method, response root, request and response schemas. */
export const alibabaAlisportsPassportAuthAccountinfoOperation = {
  method: 'alibaba.alisports.passport.auth.accountinfo',
  responseRoot: 'alibaba_alisports_passport_auth_accountinfo_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 授权账号信息 — calls TOP method `alibaba.alisports.passport.auth.accountinfo`.
 *
 * 获取体育用户OpenId\nick\avatar 三个信息
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlisportsPassportAuthAccountinfo(
  client: TopClient,
  request: AlibabaAlisportsPassportAuthAccountinfoRequest = {},
  options?: CallOptions,
): Promise<AlibabaAlisportsPassportAuthAccountinfoResponse> {
  return client.call<AlibabaAlisportsPassportAuthAccountinfoResponse>(
    {
      method: 'alibaba.alisports.passport.auth.accountinfo',
      responseRoot: 'alibaba_alisports_passport_auth_accountinfo_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
