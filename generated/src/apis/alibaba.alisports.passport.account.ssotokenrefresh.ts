// Generated from specs/alisports/alibaba.alisports.passport.account.ssotokenrefresh.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alisports.passport.account.ssotokenrefresh` (sso_token刷新). */
export interface AlibabaAlisportsPassportAccountSsotokenrefreshRequest {
  /** 应用appkey */
  alisp_app_key: string;
  /** 当前时间戳[精确到秒,10位] */
  alisp_time: string;
  /** 签名 */
  alisp_sign: string;
  /** 登录成功返回的access_token(access_token是TOP保留关键字，只能改名，望谅解) */
  secret: string;
}

/** Response of `alibaba.alisports.passport.account.ssotokenrefresh`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlisportsPassportAccountSsotokenrefreshResponse {
  /** alisp_data */
  alisp_data?: AlibabaAlisportsPassportAccountSsotokenrefreshAlispData;
  /** 状态码 200表示操作成功 */
  alisp_code?: string;
  /** 提示信息 */
  alisp_msg?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `AlispData` of `alibaba.alisports.passport.account.ssotokenrefresh`. */
export interface AlibabaAlisportsPassportAccountSsotokenrefreshAlispData {
  /** sso_token */
  sso_token?: string;
}

const REQUEST_SCHEMA = {
  alisp_app_key: 'String',
  alisp_time: 'String',
  alisp_sign: 'String',
  secret: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  alisp_data: {
    sso_token: 'String',
  },
  alisp_code: 'String',
  alisp_msg: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alisports.passport.account.ssotokenrefresh`: method, response root, request and response schemas. */
export const alibabaAlisportsPassportAccountSsotokenrefreshOperation = {
  method: 'alibaba.alisports.passport.account.ssotokenrefresh',
  responseRoot: 'alibaba_alisports_passport_account_ssotokenrefresh_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * sso_token刷新 — calls TOP method `alibaba.alisports.passport.account.ssotokenrefresh`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlisportsPassportAccountSsotokenrefresh(
  client: TopClient,
  request: AlibabaAlisportsPassportAccountSsotokenrefreshRequest,
  options?: CallOptions,
): Promise<AlibabaAlisportsPassportAccountSsotokenrefreshResponse> {
  return client.call<AlibabaAlisportsPassportAccountSsotokenrefreshResponse>(
    {
      method: 'alibaba.alisports.passport.account.ssotokenrefresh',
      responseRoot: 'alibaba_alisports_passport_account_ssotokenrefresh_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
