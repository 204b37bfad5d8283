// Generated from specs/tmallgenie/alibaba.ai.user.quick.token.bind.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.ai.user.quick.token.bind` (人工智能实验室精灵用户绑定第三方Token接口). */
export interface AlibabaAiUserQuickTokenBindRequest {
  /** Oauth协议访问令牌 */
  access_token_value: string;
  /** 令牌有效期（秒） */
  expired_time: Int64Input;
  /** 第三方用户账号唯一ID */
  merchant_user_id: string;
  /** 技能ID */
  skill_id: string;
  /** 账号隔离属性 */
  schema_key: string;
  /** Oauth协议刷新令牌 */
  refresh_token: string;
}

/** Response of `alibaba.ai.user.quick.token.bind`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAiUserQuickTokenBindResponse {
  /** message */
  message?: string;
  /** statusCode */
  status_code?: Int64;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  access_token_value: 'String',
  expired_time: 'Number',
  merchant_user_id: 'String',
  skill_id: 'String',
  schema_key: 'String',
  refresh_token: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  message: 'String',
  status_code: 'Number',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.ai.user.quick.token.bind`: method, response root, request and response schemas. */
export const alibabaAiUserQuickTokenBindOperation = {
  method: 'alibaba.ai.user.quick.token.bind',
  responseRoot: 'alibaba_ai_user_quick_token_bind_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 人工智能实验室精灵用户绑定第三方Token接口 — calls TOP method `alibaba.ai.user.quick.token.bind`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAiUserQuickTokenBind(
  client: TopClient,
  request: AlibabaAiUserQuickTokenBindRequest,
  options?: CallOptions,
): Promise<AlibabaAiUserQuickTokenBindResponse> {
  return client.call<AlibabaAiUserQuickTokenBindResponse>(
    {
      method: 'alibaba.ai.user.quick.token.bind',
      responseRoot: 'alibaba_ai_user_quick_token_bind_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
