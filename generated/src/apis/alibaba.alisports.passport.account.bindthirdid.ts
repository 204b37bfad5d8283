// Generated from specs/alisports/alibaba.alisports.passport.account.bindthirdid.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alisports.passport.account.bindthirdid` (阿里体育三方ID绑定接口). */
export interface AlibabaAlisportsPassportAccountBindthirdidRequest {
  /** 业务方appkey */
  alisp_app_key: string;
  /** 时间戳精确到秒 */
  alisp_time: string;
  /** 接口签名 */
  alisp_sign: string;
  /** 阿里体育用户ID */
  aliuid: string;
  /** 三方ID */
  app_uid: string;
  /** 手机号 */
  mobile?: string;
}

/** Response of `alibaba.alisports.passport.account.bindthirdid`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlisportsPassportAccountBindthirdidResponse {
  /** 接口响应码 */
  alisp_code?: string;
  /** 描述 */
  alisp_msg?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  alisp_app_key: 'String',
  alisp_time: 'String',
  alisp_sign: 'String',
  aliuid: 'String',
  app_uid: 'String',
  mobile: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  alisp_code: 'String',
  alisp_msg: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alisports.passport.account.bindthirdid`: method, response root, request and response schemas. */
export const alibabaAlisportsPassportAccountBindthirdidOperation = {
  method: 'alibaba.alisports.passport.account.bindthirdid',
  responseRoot: 'alibaba_alisports_passport_account_bindthirdid_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 阿里体育三方ID绑定接口 — calls TOP method `alibaba.alisports.passport.account.bindthirdid`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlisportsPassportAccountBindthirdid(
  client: TopClient,
  request: AlibabaAlisportsPassportAccountBindthirdidRequest,
  options?: CallOptions,
): Promise<AlibabaAlisportsPassportAccountBindthirdidResponse> {
  return client.call<AlibabaAlisportsPassportAccountBindthirdidResponse>(
    {
      method: 'alibaba.alisports.passport.account.bindthirdid',
      responseRoot: 'alibaba_alisports_passport_account_bindthirdid_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
