// Generated from specs/util/taobao.qimen.trade.user.delete.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.qimen.trade.user.delete` (删除奇门订单链路用户). */
export interface TaobaoQimenTradeUserDeleteRequest {}

/** Response of `taobao.qimen.trade.user.delete`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoQimenTradeUserDeleteResponse {
  /** modal */
  modal?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  modal: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `taobao.qimen.trade.user.delete`: method, response root, request and response schemas. */
export const taobaoQimenTradeUserDeleteOperation = {
  method: 'taobao.qimen.trade.user.delete',
  responseRoot: 'qimen_trade_user_delete_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 删除奇门订单链路用户 — calls TOP method `taobao.qimen.trade.user.delete`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoQimenTradeUserDelete(
  client: TopClient,
  request: TaobaoQimenTradeUserDeleteRequest = {},
  options?: CallOptions,
): Promise<TaobaoQimenTradeUserDeleteResponse> {
  return client.call<TaobaoQimenTradeUserDeleteResponse>(
    {
      method: 'taobao.qimen.trade.user.delete',
      responseRoot: 'qimen_trade_user_delete_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
