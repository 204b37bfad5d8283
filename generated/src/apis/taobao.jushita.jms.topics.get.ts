// Generated from specs/jms/taobao.jushita.jms.topics.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.jushita.jms.topics.get` (根据用户nick获取开通的消息列表). */
export interface TaobaoJushitaJmsTopicsGetRequest {
  /** 卖家nick */
  nick: string;
}

/** Response of `taobao.jushita.jms.topics.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoJushitaJmsTopicsGetResponse {
  /** 错误信息 */
  result_message?: string;
  /** topic列表 */
  results?: string[];
  /** 错误码 */
  result_code?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  nick: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result_message: 'String',
  results: ['String'],
  result_code: 'String',
} as const satisfies ObjectSchema;

/** Static description of `taobao.jushita.jms.topics.get`: method, response root, request and response schemas. */
export const taobaoJushitaJmsTopicsGetOperation = {
  method: 'taobao.jushita.jms.topics.get',
  responseRoot: 'jushita_jms_topics_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 根据用户nick获取开通的消息列表 — calls TOP method `taobao.jushita.jms.topics.get`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoJushitaJmsTopicsGet(
  client: TopClient,
  request: TaobaoJushitaJmsTopicsGetRequest,
  options?: CallOptions,
): Promise<TaobaoJushitaJmsTopicsGetResponse> {
  return client.call<TaobaoJushitaJmsTopicsGetResponse>(
    {
      method: 'taobao.jushita.jms.topics.get',
      responseRoot: 'jushita_jms_topics_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
