// Generated from specs/ju/alibaba.jhs.community.wechat.login.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.jhs.community.wechat.login` (聚划算用增淘外社群登录). */
export interface AlibabaJhsCommunityWechatLoginRequest {
  /** 动态令牌 */
  code: string;
}

/** Response of `alibaba.jhs.community.wechat.login`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaJhsCommunityWechatLoginResponse {
  /** 登录会话 */
  data?: string;
  /** 错误信息 */
  error?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  code: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  data: 'String',
  error: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.jhs.community.wechat.login`: method, response root, request and response schemas. */
export const alibabaJhsCommunityWechatLoginOperation = {
  method: 'alibaba.jhs.community.wechat.login',
  responseRoot: 'alibaba_jhs_community_wechat_login_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 聚划算用增淘外社群登录 — calls TOP method `alibaba.jhs.community.wechat.login`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaJhsCommunityWechatLogin(
  client: TopClient,
  request: AlibabaJhsCommunityWechatLoginRequest,
  options?: CallOptions,
): Promise<AlibabaJhsCommunityWechatLoginResponse> {
  return client.call<AlibabaJhsCommunityWechatLoginResponse>(
    {
      method: 'alibaba.jhs.community.wechat.login',
      responseRoot: 'alibaba_jhs_community_wechat_login_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
