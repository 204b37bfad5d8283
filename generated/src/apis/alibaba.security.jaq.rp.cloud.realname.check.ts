// Generated from specs/security/alibaba.security.jaq.rp.cloud.realname.check.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.security.jaq.rp.cloud.realname.check` (验证姓名和证件号). */
export interface AlibabaSecurityJaqRpCloudRealnameCheckRequest {
  /** token */
  verify_token: string;
  /** 姓名 */
  name?: string;
  /** 证件号 */
  identity_code?: string;
  /** 要识别的信息 */
  image_urls: string | Record<string, unknown>;
}

/** Response of `alibaba.security.jaq.rp.cloud.realname.check`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaSecurityJaqRpCloudRealnameCheckResponse {
  /** result */
  data?: AlibabaSecurityJaqRpCloudRealnameCheckRealNameResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `RealNameResult` of `alibaba.security.jaq.rp.cloud.realname.check`. */
export interface AlibabaSecurityJaqRpCloudRealnameCheckRealNameResult {
  /** checkCode */
  check_code?: string;
  /** checkMessage */
  check_message?: string;
  /** match */
  match?: boolean;
}

const REQUEST_SCHEMA = {
  verify_token: 'String',
  name: 'String',
  identity_code: 'String',
  image_urls: 'Json',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  data: {
    check_code: 'String',
    check_message: 'String',
    match: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.security.jaq.rp.cloud.realname.check`: method, response root, request and response schemas. */
export const alibabaSecurityJaqRpCloudRealnameCheckOperation = {
  method: 'alibaba.security.jaq.rp.cloud.realname.check',
  responseRoot: 'alibaba_security_jaq_rp_cloud_realname_check_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 验证姓名和证件号 — calls TOP method `alibaba.security.jaq.rp.cloud.realname.check`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaSecurityJaqRpCloudRealnameCheck(
  client: TopClient,
  request: AlibabaSecurityJaqRpCloudRealnameCheckRequest,
  options?: CallOptions,
): Promise<AlibabaSecurityJaqRpCloudRealnameCheckResponse> {
  return client.call<AlibabaSecurityJaqRpCloudRealnameCheckResponse>(
    {
      method: 'alibaba.security.jaq.rp.cloud.realname.check',
      responseRoot: 'alibaba_security_jaq_rp_cloud_realname_check_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
