// Generated from specs/jms/taobao.jushita.jms.user.delete.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.jushita.jms.user.delete` (删除ONS消息同步用户). */
export interface TaobaoJushitaJmsUserDeleteRequest {
  /** 需要停止同步消息的用户nick */
  user_nick: string;
}

/** Response of `taobao.jushita.jms.user.delete`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoJushitaJmsUserDeleteResponse {
  /** 是否删除成功 */
  is_success?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  user_nick: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  is_success: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `taobao.jushita.jms.user.delete`: method, response root, request and response schemas. */
export const taobaoJushitaJmsUserDeleteOperation = {
  method: 'taobao.jushita.jms.user.delete',
  responseRoot: 'jushita_jms_user_delete_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 删除ONS消息同步用户 — calls TOP method `taobao.jushita.jms.user.delete`.
 *
 * 删除ONS消息同步用户，删除后用户的消息将不会推送到聚石塔的ONS中
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoJushitaJmsUserDelete(
  client: TopClient,
  request: TaobaoJushitaJmsUserDeleteRequest,
  options?: CallOptions,
): Promise<TaobaoJushitaJmsUserDeleteResponse> {
  return client.call<TaobaoJushitaJmsUserDeleteResponse>(
    {
      method: 'taobao.jushita.jms.user.delete',
      responseRoot: 'jushita_jms_user_delete_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
