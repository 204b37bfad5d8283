// Generated from specs/tbuser/taobao.user.avatar.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.user.avatar.get` (淘宝用户头像查询). */
export interface TaobaoUserAvatarGetRequest {
  /** 混淆nick */
  nick: string;
}

/** Response of `taobao.user.avatar.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoUserAvatarGetResponse {
  /** 用户头像地址 */
  avatar?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  nick: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  avatar: 'String',
} as const satisfies ObjectSchema;

/** Static description of `taobao.user.avatar.get`: method, response root, request and response schemas. */
export const taobaoUserAvatarGetOperation = {
  method: 'taobao.user.avatar.get',
  responseRoot: 'user_avatar_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 淘宝用户头像查询 — calls TOP method `taobao.user.avatar.get`.
 *
 * 根据混淆nick查询用户头像
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoUserAvatarGet(
  client: TopClient,
  request: TaobaoUserAvatarGetRequest,
  options?: CallOptions,
): Promise<TaobaoUserAvatarGetResponse> {
  return client.call<TaobaoUserAvatarGetResponse>(
    {
      method: 'taobao.user.avatar.get',
      responseRoot: 'user_avatar_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
