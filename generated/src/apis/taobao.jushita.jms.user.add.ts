// Generated from specs/jms/taobao.jushita.jms.user.add.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.jushita.jms.user.add` (添加ONS消息同步用户). */
export interface TaobaoJushitaJmsUserAddRequest {
  /**
   * topic列表,不填则继承appkey所订阅的topic
   *
   * Max list size: 20
   */
  topic_names?: string[];
}

/** Response of `taobao.jushita.jms.user.add`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoJushitaJmsUserAddResponse {
  /** 是否成功，如果失败请看错误信息 */
  is_success?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  topic_names: ['String'],
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  is_success: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `taobao.jushita.jms.user.add`: method, response root, request and response schemas. */
export const taobaoJushitaJmsUserAddOperation = {
  method: 'taobao.jushita.jms.user.add',
  responseRoot: 'jushita_jms_user_add_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 添加ONS消息同步用户 — calls TOP method `taobao.jushita.jms.user.add`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoJushitaJmsUserAdd(
  client: TopClient,
  request: TaobaoJushitaJmsUserAddRequest = {},
  options?: CallOptions,
): Promise<TaobaoJushitaJmsUserAddResponse> {
  return client.call<TaobaoJushitaJmsUserAddResponse>(
    {
      method: 'taobao.jushita.jms.user.add',
      responseRoot: 'jushita_jms_user_add_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
