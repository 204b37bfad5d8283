// Generated from specs/security/alibaba.security.jaq.rp.cloud.event.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.security.jaq.rp.cloud.event` (事件上报). */
export interface AlibabaSecurityJaqRpCloudEventRequest {
  /** 认证token */
  verify_token: string;
  /** 事件编码 */
  event_code: string;
  /** 事件信息 */
  event_data?: string;
}

/** Response of `alibaba.security.jaq.rp.cloud.event`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaSecurityJaqRpCloudEventResponse {
  /** result */
  result?: AlibabaSecurityJaqRpCloudEventRpEventResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `RpEventResult` of `alibaba.security.jaq.rp.cloud.event`. */
export interface AlibabaSecurityJaqRpCloudEventRpEventResult {
  /** verifyLimitedFlag */
  verify_limited_flag?: boolean;
}

const REQUEST_SCHEMA = {
  verify_token: 'String',
  event_code: 'String',
  event_data: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    verify_limited_flag: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.security.jaq.rp.cloud.event`: method, response root, request and response schemas. */
export const alibabaSecurityJaqRpCloudEventOperation = {
  method: 'alibaba.security.jaq.rp.cloud.event',
  responseRoot: 'alibaba_security_jaq_rp_cloud_event_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 事件上报 — calls TOP method `alibaba.security.jaq.rp.cloud.event`.
 *
 * 事件上报接口
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaSecurityJaqRpCloudEvent(
  client: TopClient,
  request: AlibabaSecurityJaqRpCloudEventRequest,
  options?: CallOptions,
): Promise<AlibabaSecurityJaqRpCloudEventResponse> {
  return client.call<AlibabaSecurityJaqRpCloudEventResponse>(
    {
      method: 'alibaba.security.jaq.rp.cloud.event',
      responseRoot: 'alibaba_security_jaq_rp_cloud_event_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
