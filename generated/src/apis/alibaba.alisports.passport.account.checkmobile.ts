// Generated from specs/alisports/alibaba.alisports.passport.account.checkmobile.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alisports.passport.account.checkmobile` (阿里体育会员系统--手机号验证接口). */
export interface AlibabaAlisportsPassportAccountCheckmobileRequest {
  /** 业务appkey */
  alisp_app_key: string;
  /** 调用时间戳 */
  alisp_time: string;
  /** 签名字符串 */
  alisp_sign: string;
  /** 合作方用户ID */
  app_uid: string;
  /** 用户呢称 */
  nick?: string;
  /** 手机号 */
  mobile: string;
  /** 性别 0未设置 1男 2女 3保密 */
  gender?: string;
  /** 生日 */
  birthday?: string;
}

/** Response of `alibaba.alisports.passport.account.checkmobile`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlisportsPassportAccountCheckmobileResponse {
  /** alisp_msg */
  alisp_msg?: string;
  /** alisp_code */
  alisp_code?: Int64;
  /** alisp_data */
  alisp_data?: AlibabaAlisportsPassportAccountCheckmobileAlispData;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `AlispData` of `alibaba.alisports.passport.account.checkmobile`. */
export interface AlibabaAlisportsPassportAccountCheckmobileAlispData {
  /** sso_token */
  sso_token?: string;
  /** aliuid */
  aliuid?: string;
  /** type */
  type?: Int64;
  /** access_token */
  access_token?: string;
}

const REQUEST_SCHEMA = {
  alisp_app_key: 'String',
  alisp_time: 'String',
  alisp_sign: 'String',
  app_uid: 'String',
  nick: 'String',
  mobile: 'String',
  gender: 'String',
  birthday: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  alisp_msg: 'String',
  alisp_code: 'Number',
  alisp_data: {
    sso_token: 'String',
    aliuid: 'String',
    type: 'Number',
    access_token: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alisports.passport.account.checkmobile`: method, response root, request and response schemas. */
export const alibabaAlisportsPassportAccountCheckmobileOperation = {
  method: 'alibaba.alisports.passport.account.checkmobile',
  responseRoot: 'alibaba_alisports_passport_account_checkmobile_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 阿里体育会员系统--手机号验证接口 — calls TOP method `alibaba.alisports.passport.account.checkmobile`.
 *
 * 验证三方用户的手机号，获取对应的阿里体育会员id
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlisportsPassportAccountCheckmobile(
  client: TopClient,
  request: AlibabaAlisportsPassportAccountCheckmobileRequest,
  options?: CallOptions,
): Promise<AlibabaAlisportsPassportAccountCheckmobileResponse> {
  return client.call<AlibabaAlisportsPassportAccountCheckmobileResponse>(
    {
      method: 'alibaba.alisports.passport.account.checkmobile',
      responseRoot: 'alibaba_alisports_passport_account_checkmobile_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
