// Generated from specs/jst/taobao.jushita.jdp.user.delete.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.jushita.jdp.user.delete` (删除数据推送用户). */
export interface TaobaoJushitaJdpUserDeleteRequest {
  /** 要删除用户的昵称 */
  nick?: string;
}

/** Response of `taobao.jushita.jdp.user.delete`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoJushitaJdpUserDeleteResponse {
  /** 是否删除成功 */
  is_success?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  nick: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  is_success: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `taobao.jushita.jdp.user.delete`: method, response root, request and response schemas. */
export const taobaoJushitaJdpUserDeleteOperation = {
  method: 'taobao.jushita.jdp.user.delete',
  responseRoot: 'jushita_jdp_user_delete_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 删除数据推送用户 — calls TOP method `taobao.jushita.jdp.user.delete`.
 *
 * 删除应用的数据推送用户，用户被删除后，重新添加时会重新同步历史数据。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoJushitaJdpUserDelete(
  client: TopClient,
  request: TaobaoJushitaJdpUserDeleteRequest = {},
  options?: CallOptions,
): Promise<TaobaoJushitaJdpUserDeleteResponse> {
  return client.call<TaobaoJushitaJdpUserDeleteResponse>(
    {
      method: 'taobao.jushita.jdp.user.delete',
      responseRoot: 'jushita_jdp_user_delete_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
