// Generated from specs/security/alibaba.security.jaq.rp.rphit.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.security.jaq.rp.rphit` (聚安全-实人认证日志打点接口). */
export interface AlibabaSecurityJaqRpRphitRequest {
  /** xxx */
  content?: string;
}

/** Response of `alibaba.security.jaq.rp.rphit`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaSecurityJaqRpRphitResponse {
  /** data */
  data?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  content: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  data: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.security.jaq.rp.rphit`: method, response root, request and response schemas. */
export const alibabaSecurityJaqRpRphitOperation = {
  method: 'alibaba.security.jaq.rp.rphit',
  responseRoot: 'alibaba_security_jaq_rp_rphit_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 聚安全-实人认证日志打点接口 — calls TOP method `alibaba.security.jaq.rp.rphit`.
 *
 * 聚安全实人认证日志打点接口
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaSecurityJaqRpRphit(
  client: TopClient,
  request: AlibabaSecurityJaqRpRphitRequest = {},
  options?: CallOptions,
): Promise<AlibabaSecurityJaqRpRphitResponse> {
  return client.call<AlibabaSecurityJaqRpRphitResponse>(
    {
      method: 'alibaba.security.jaq.rp.rphit',
      responseRoot: 'alibaba_security_jaq_rp_rphit_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
