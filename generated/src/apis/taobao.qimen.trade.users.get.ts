// Generated from specs/util/taobao.qimen.trade.users.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.qimen.trade.users.get` (获取奇门用户列表). */
export interface TaobaoQimenTradeUsersGetRequest {
  /** 页数 */
  page_size: Int64Input;
  /** 每页的数量 */
  page_index: Int64Input;
}

/** Response of `taobao.qimen.trade.users.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoQimenTradeUsersGetResponse {
  /** totalCount */
  total_count?: Int64;
  /** modal */
  users?: TaobaoQimenTradeUsersGetQimenUser[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `QimenUser` of `taobao.qimen.trade.users.get`. */
export interface TaobaoQimenTradeUsersGetQimenUser {
  /** memo */
  memo?: string;
  /** gmtCreate */
  gmt_create?: string;
  /** sellerNick */
  seller_nick?: string;
}

const REQUEST_SCHEMA = {
  page_size: 'Number',
  page_index: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  total_count: 'Number',
  users: [
    {
      memo: 'String',
      gmt_create: 'Date',
      seller_nick: 'String',
    },
  ],
} as const satisfies ObjectSchema;

/** Static description of `taobao.qimen.trade.users.get`: method, response root, request and response schemas. */
export const taobaoQimenTradeUsersGetOperation = {
  method: 'taobao.qimen.trade.users.get',
  responseRoot: 'qimen_trade_users_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取奇门用户列表 — calls TOP method `taobao.qimen.trade.users.get`.
 *
 * 获取已开通奇门订单服务的用户列表
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoQimenTradeUsersGet(
  client: TopClient,
  request: TaobaoQimenTradeUsersGetRequest,
  options?: CallOptions,
): Promise<TaobaoQimenTradeUsersGetResponse> {
  return client.call<TaobaoQimenTradeUsersGetResponse>(
    {
      method: 'taobao.qimen.trade.users.get',
      responseRoot: 'qimen_trade_users_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
