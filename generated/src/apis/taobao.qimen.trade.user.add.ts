// Generated from specs/util/taobao.qimen.trade.user.add.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.qimen.trade.user.add` (添加奇门订单链路用户). */
export interface TaobaoQimenTradeUserAddRequest {
  /** 商家备注 */
  memo?: string;
}

/** Response of `taobao.qimen.trade.user.add`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoQimenTradeUserAddResponse {
  /** 创建时间 */
  gmt_create?: string;
  /** appkey */
  appkey?: string;
  /** 卖家备注 */
  memo?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  memo: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  gmt_create: 'Date',
  appkey: 'String',
  memo: 'String',
} as const satisfies ObjectSchema;

/** Static description of `taobao.qimen.trade.user.add`: method, response root, request and response schemas. */
export const taobaoQimenTradeUserAddOperation = {
  method: 'taobao.qimen.trade.user.add',
  responseRoot: 'qimen_trade_user_add_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 添加奇门订单链路用户 — calls TOP method `taobao.qimen.trade.user.add`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoQimenTradeUserAdd(
  client: TopClient,
  request: TaobaoQimenTradeUserAddRequest = {},
  options?: CallOptions,
): Promise<TaobaoQimenTradeUserAddResponse> {
  return client.call<TaobaoQimenTradeUserAddResponse>(
    {
      method: 'taobao.qimen.trade.user.add',
      responseRoot: 'qimen_trade_user_add_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
