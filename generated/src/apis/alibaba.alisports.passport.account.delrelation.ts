// Generated from specs/alisports/alibaba.alisports.passport.account.delrelation.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alisports.passport.account.delrelation` (阿里体育会员系统--取消三方关联接口). */
export interface AlibabaAlisportsPassportAccountDelrelationRequest {
  /** 业务appkey */
  alisp_app_key: string;
  /** 调用时间戳 */
  alisp_time: string;
  /** 签名字符串 */
  alisp_sign: string;
  /** 合作方用户ID */
  app_uid: string;
  /** 阿里体育会员id */
  aliuid: string;
}

/** Response of `alibaba.alisports.passport.account.delrelation`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlisportsPassportAccountDelrelationResponse {
  /** alisp_code */
  alisp_code?: Int64;
  /** alisp_msg */
  alisp_msg?: string;
  /** alisp_data */
  alisp_data?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  alisp_app_key: 'String',
  alisp_time: 'String',
  alisp_sign: 'String',
  app_uid: 'String',
  aliuid: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  alisp_code: 'Number',
  alisp_msg: 'String',
  alisp_data: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alisports.passport.account.delrelation`: method, response root, request and response schemas. */
export const alibabaAlisportsPassportAccountDelrelationOperation = {
  method: 'alibaba.alisports.passport.account.delrelation',
  responseRoot: 'alibaba_alisports_passport_account_delrelation_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 阿里体育会员系统--取消三方关联接口 — calls TOP method `alibaba.alisports.passport.account.delrelation`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlisportsPassportAccountDelrelation(
  client: TopClient,
  request: AlibabaAlisportsPassportAccountDelrelationRequest,
  options?: CallOptions,
): Promise<AlibabaAlisportsPassportAccountDelrelationResponse> {
  return client.call<AlibabaAlisportsPassportAccountDelrelationResponse>(
    {
      method: 'alibaba.alisports.passport.account.delrelation',
      responseRoot: 'alibaba_alisports_passport_account_delrelation_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
