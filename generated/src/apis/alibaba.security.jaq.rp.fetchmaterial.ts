// Generated from specs/security/alibaba.security.jaq.rp.fetchmaterial.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.security.jaq.rp.fetchmaterial` (聚安全实人认证获取结果接口). */
export interface AlibabaSecurityJaqRpFetchmaterialRequest {
  /** 消息服务推送的key */
  security_key: string;
}

/** Response of `alibaba.security.jaq.rp.fetchmaterial`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaSecurityJaqRpFetchmaterialResponse {
  /** 结果信息 */
  data?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  security_key: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  data: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.security.jaq.rp.fetchmaterial`: method, response root, request and response schemas. */
export const alibabaSecurityJaqRpFetchmaterialOperation = {
  method: 'alibaba.security.jaq.rp.fetchmaterial',
  responseRoot: 'alibaba_security_jaq_rp_fetchmaterial_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 聚安全实人认证获取结果接口 — calls TOP method `alibaba.security.jaq.rp.fetchmaterial`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaSecurityJaqRpFetchmaterial(
  client: TopClient,
  request: AlibabaSecurityJaqRpFetchmaterialRequest,
  options?: CallOptions,
): Promise<AlibabaSecurityJaqRpFetchmaterialResponse> {
  return client.call<AlibabaSecurityJaqRpFetchmaterialResponse>(
    {
      method: 'alibaba.security.jaq.rp.fetchmaterial',
      responseRoot: 'alibaba_security_jaq_rp_fetchmaterial_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
