// Generated from specs/security/alibaba.security.jaq.afs.check.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.security.jaq.afs.check` (反欺诈二次验证接口). */
export interface AlibabaSecurityJaqAfsCheckRequest {
  /** 上报平台枚举值 1标识Android端 2标识iOS端 3标识PC端及其他 */
  platform: Int64Input;
  /** token，来自客户端上报 */
  token: string;
  /** 会话ID，来自客户端上报 */
  session_id: string;
  /** 签名串，来自客户端上报 */
  sig: string;
  /** 用户接入的时候获取的风控key */
  afs_key?: string;
}

/** Response of `alibaba.security.jaq.afs.check`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaSecurityJaqAfsCheckResponse {
  /** 验证结果 */
  data?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  platform: 'Number',
  token: 'String',
  session_id: 'String',
  sig: 'String',
  afs_key: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  data: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.security.jaq.afs.check`: method, response root, request and response schemas. */
export const alibabaSecurityJaqAfsCheckOperation = {
  method: 'alibaba.security.jaq.afs.check',
  responseRoot: 'alibaba_security_jaq_afs_check_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 反欺诈二次验证接口 — calls TOP method `alibaba.security.jaq.afs.check`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaSecurityJaqAfsCheck(
  client: TopClient,
  request: AlibabaSecurityJaqAfsCheckRequest,
  options?: CallOptions,
): Promise<AlibabaSecurityJaqAfsCheckResponse> {
  return client.call<AlibabaSecurityJaqAfsCheckResponse>(
    {
      method: 'alibaba.security.jaq.afs.check',
      responseRoot: 'alibaba_security_jaq_afs_check_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
