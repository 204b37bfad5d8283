// Generated from specs/alisports/alibaba.alisports.passport.account.ssotokenvalidate.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alisports.passport.account.ssotokenvalidate` (sso_token验证). */
export interface AlibabaAlisportsPassportAccountSsotokenvalidateRequest {
  /** sso_token */
  sso_token: string;
  /** 应用APPKEY */
  alisp_app_key: string;
  /** 当前时间戳[精确到秒，10位] */
  alisp_time: string;
  /** 签名 */
  alisp_sign: string;
}

/** Response of `alibaba.alisports.passport.account.ssotokenvalidate`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlisportsPassportAccountSsotokenvalidateResponse {
  /** 状态码 200表示操作成功 */
  alisp_code?: Int64;
  /** 提示信息 */
  alisp_msg?: string;
  /** 阿里体育用户ID */
  aliuid?: string;
  /** 第三方用户ID */
  appuid?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  sso_token: 'String',
  alisp_app_key: 'String',
  alisp_time: 'String',
  alisp_sign: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  alisp_code: 'Number',
  alisp_msg: 'String',
  aliuid: 'String',
  appuid: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alisports.passport.account.ssotokenvalidate`: method, response root, request and response schemas. */
export const alibabaAlisportsPassportAccountSsotokenvalidateOperation = {
  method: 'alibaba.alisports.passport.account.ssotokenvalidate',
  responseRoot: 'alibaba_alisports_passport_account_ssotokenvalidate_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * sso_token验证 — calls TOP method `alibaba.alisports.passport.account.ssotokenvalidate`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlisportsPassportAccountSsotokenvalidate(
  client: TopClient,
  request: AlibabaAlisportsPassportAccountSsotokenvalidateRequest,
  options?: CallOptions,
): Promise<AlibabaAlisportsPassportAccountSsotokenvalidateResponse> {
  return client.call<AlibabaAlisportsPassportAccountSsotokenvalidateResponse>(
    {
      method: 'alibaba.alisports.passport.account.ssotokenvalidate',
      responseRoot: 'alibaba_alisports_passport_account_ssotokenvalidate_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
