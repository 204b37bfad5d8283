// Generated from specs/security/alibaba.security.jaq.rp.cloud.rphit.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.security.jaq.rp.cloud.rphit` (实人认证云服务日志打点). */
export interface AlibabaSecurityJaqRpCloudRphitRequest {
  /** xxx */
  content?: string;
}

/** Response of `alibaba.security.jaq.rp.cloud.rphit`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaSecurityJaqRpCloudRphitResponse {
  /** result */
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

/** Static description of `alibaba.security.jaq.rp.cloud.rphit`: method, response root, request and response schemas. */
export const alibabaSecurityJaqRpCloudRphitOperation = {
  method: 'alibaba.security.jaq.rp.cloud.rphit',
  responseRoot: 'alibaba_security_jaq_rp_cloud_rphit_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 实人认证云服务日志打点 — calls TOP method `alibaba.security.jaq.rp.cloud.rphit`.
 *
 * 聚安全实人认证日志打点接口
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaSecurityJaqRpCloudRphit(
  client: TopClient,
  request: AlibabaSecurityJaqRpCloudRphitRequest = {},
  options?: CallOptions,
): Promise<AlibabaSecurityJaqRpCloudRphitResponse> {
  return client.call<AlibabaSecurityJaqRpCloudRphitResponse>(
    {
      method: 'alibaba.security.jaq.rp.cloud.rphit',
      responseRoot: 'alibaba_security_jaq_rp_cloud_rphit_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
