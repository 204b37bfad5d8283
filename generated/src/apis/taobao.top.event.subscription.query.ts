// Generated from specs/util/taobao.top.event.subscription.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.top.event.subscription.query` (三方事件订阅查询). */
export interface TaobaoTopEventSubscriptionQueryRequest {
  /** 连接平台触发事件TriggerCode */
  trigger_code: string;
}

/** Response of `taobao.top.event.subscription.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoTopEventSubscriptionQueryResponse {
  /** 是否订阅服务 */
  start_service?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  trigger_code: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  start_service: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `taobao.top.event.subscription.query`: method, response root, request and response schemas. */
export const taobaoTopEventSubscriptionQueryOperation = {
  method: 'taobao.top.event.subscription.query',
  responseRoot: 'top_event_subscription_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 三方事件订阅查询 — calls TOP method `taobao.top.event.subscription.query`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoTopEventSubscriptionQuery(
  client: TopClient,
  request: TaobaoTopEventSubscriptionQueryRequest,
  options?: CallOptions,
): Promise<TaobaoTopEventSubscriptionQueryResponse> {
  return client.call<TaobaoTopEventSubscriptionQueryResponse>(
    {
      method: 'taobao.top.event.subscription.query',
      responseRoot: 'top_event_subscription_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
