// Generated from specs/security/alibaba.security.jaq.captcha.verify.result.fetch.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.security.jaq.captcha.verify.result.fetch` (聚安全安全验证检查结果获取接口). */
export interface AlibabaSecurityJaqCaptchaVerifyResultFetchRequest {
  /** 二次验证获取验证检查结果所需的seesionId */
  session_id: string;
}

/** Response of `alibaba.security.jaq.captcha.verify.result.fetch`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaSecurityJaqCaptchaVerifyResultFetchResponse {
  /** 验证检查结果结构体 */
  data?: AlibabaSecurityJaqCaptchaVerifyResultFetchJaqSecondCheckResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `JaqSecondCheckResult` of `alibaba.security.jaq.captcha.verify.result.fetch`. */
export interface AlibabaSecurityJaqCaptchaVerifyResultFetchJaqSecondCheckResult {
  /** 验证检查结果 1-验证成功 2-验证失败 */
  second_check_result?: Int64;
}

const REQUEST_SCHEMA = {
  session_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  data: {
    second_check_result: 'Number',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.security.jaq.captcha.verify.result.fetch`: method, response root, request and response schemas. */
export const alibabaSecurityJaqCaptchaVerifyResultFetchOperation = {
  method: 'alibaba.security.jaq.captcha.verify.result.fetch',
  responseRoot: 'alibaba_security_jaq_captcha_verify_result_fetch_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 聚安全安全验证检查结果获取接口 — calls TOP method `alibaba.security.jaq.captcha.verify.result.fetch`.
 *
 * 获取二次验证的结果
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaSecurityJaqCaptchaVerifyResultFetch(
  client: TopClient,
  request: AlibabaSecurityJaqCaptchaVerifyResultFetchRequest,
  options?: CallOptions,
): Promise<AlibabaSecurityJaqCaptchaVerifyResultFetchResponse> {
  return client.call<AlibabaSecurityJaqCaptchaVerifyResultFetchResponse>(
    {
      method: 'alibaba.security.jaq.captcha.verify.result.fetch',
      responseRoot: 'alibaba_security_jaq_captcha_verify_result_fetch_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
