// Generated from specs/ju/alibaba.jhs.community.identity.store.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.jhs.community.identity.store` (用户信息存储). */
export interface AlibabaJhsCommunityIdentityStoreRequest {
  /** 会话token */
  token: string;
  /** 用户昵称 */
  nick_name: string;
  /** 用户头像 */
  avatar_url: string;
}

/** Response of `alibaba.jhs.community.identity.store`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaJhsCommunityIdentityStoreResponse {
  /** 操作是否成功 */
  data?: boolean;
  /** 错误信息 */
  error?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  token: 'String',
  nick_name: 'String',
  avatar_url: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  data: 'Boolean',
  error: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.jhs.community.identity.store`: method, response root, request and response schemas. */
export const alibabaJhsCommunityIdentityStoreOperation = {
  method: 'alibaba.jhs.community.identity.store',
  responseRoot: 'alibaba_jhs_community_identity_store_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 用户信息存储 — calls TOP method `alibaba.jhs.community.identity.store`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaJhsCommunityIdentityStore(
  client: TopClient,
  request: AlibabaJhsCommunityIdentityStoreRequest,
  options?: CallOptions,
): Promise<AlibabaJhsCommunityIdentityStoreResponse> {
  return client.call<AlibabaJhsCommunityIdentityStoreResponse>(
    {
      method: 'alibaba.jhs.community.identity.store',
      responseRoot: 'alibaba_jhs_community_identity_store_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
