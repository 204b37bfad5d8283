// Generated from specs/alisports/alibaba.alisports.passport.oauth.tokenvalidate.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alisports.passport.oauth.tokenvalidate` (阿里体育会员系统--获取登录信息接口). */
export interface AlibabaAlisportsPassportOauthTokenvalidateRequest {
  /** 登录时返回给前端的token */
  token: string;
  /** 时间戳 */
  alisp_time: string;
  /** 应用的appkey */
  alisp_app_key: string;
  /** 参数加密之后的串 */
  alisp_sign: string;
}

/** Response of `alibaba.alisports.passport.oauth.tokenvalidate`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlisportsPassportOauthTokenvalidateResponse {
  /** alisp_code */
  alisp_code?: Int64;
  /** alisp_msg */
  alisp_msg?: string;
  /** alisp_data */
  alisp_data?: string | Record<string, unknown>;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  token: 'String',
  alisp_time: 'String',
  alisp_app_key: 'String',
  alisp_sign: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  alisp_code: 'Number',
  alisp_msg: 'String',
  alisp_data: 'Json',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alisports.passport.oauth.tokenvalidate`: method, response root, request and response schemas. */
export const alibabaAlisportsPassportOauthTokenvalidateOperation = {
  method: 'alibaba.alisports.passport.oauth.tokenvalidate',
  responseRoot: 'alibaba_alisports_passport_oauth_tokenvalidate_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 阿里体育会员系统--获取登录信息接口 — calls TOP method `alibaba.alisports.passport.oauth.tokenvalidate`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlisportsPassportOauthTokenvalidate(
  client: TopClient,
  request: AlibabaAlisportsPassportOauthTokenvalidateRequest,
  options?: CallOptions,
): Promise<AlibabaAlisportsPassportOauthTokenvalidateResponse> {
  return client.call<AlibabaAlisportsPassportOauthTokenvalidateResponse>(
    {
      method: 'alibaba.alisports.passport.oauth.tokenvalidate',
      responseRoot: 'alibaba_alisports_passport_oauth_tokenvalidate_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
