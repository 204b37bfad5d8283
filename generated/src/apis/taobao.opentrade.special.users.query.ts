// Generated from specs/opentrade/taobao.opentrade.special.users.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.opentrade.special.users.query` (专属下单标记信息查询). */
export interface TaobaoOpentradeSpecialUsersQueryRequest {
  /** 分页参数，每页大小 */
  page_size: Int64Input;
  /**
   * 用户openId列表，多个以逗号(,)分割
   *
   * Max list size: 999
   */
  open_user_ids?: string[];
  /** 商品ID */
  item_id: Int64Input;
  /** 商品SKU ID，不存在传0 */
  sku_id?: Int64Input;
  /** 用户状态 */
  status?: string;
  /** 分页参数，当前页，以0开始 */
  page_index: Int64Input;
}

/** Response of `taobao.opentrade.special.users.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoOpentradeSpecialUsersQueryResponse {
  /** 标记用户数据 */
  results?: TaobaoOpentradeSpecialUsersQueryMarkUserInfo[];
  /** 总记录数 */
  total_count?: Int64;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `MarkUserInfo` of `taobao.opentrade.special.users.query`. */
export interface TaobaoOpentradeSpecialUsersQueryMarkUserInfo {
  /** 用户openId */
  user_open_id?: string;
  /** 商品ID */
  item_id?: Int64;
  /** 商品SKU ID */
  sku_id?: Int64;
  /** 专属下单商品数量 */
  quality?: Int64;
  /** 用户状态 */
  status?: string;
}

const REQUEST_SCHEMA = {
  page_size: 'Number',
  open_user_ids: ['String'],
  item_id: 'Number',
  sku_id: 'Number',
  status: 'String',
  page_index: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  results: [
    {
      user_open_id: 'String',
      item_id: 'Number',
      sku_id: 'Number',
      quality: 'Number',
      status: 'String',
    },
  ],
  total_count: 'Number',
} as const satisfies ObjectSchema;

/** Static description of `taobao.opentrade.special.users.query`: method, response root, request and response schemas. */
export const taobaoOpentradeSpecialUsersQueryOperation = {
  method: 'taobao.opentrade.special.users.query',
  responseRoot: 'opentrade_special_users_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 专属下单标记信息查询 — calls TOP method `taobao.opentrade.special.users.query`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoOpentradeSpecialUsersQuery(
  client: TopClient,
  request: TaobaoOpentradeSpecialUsersQueryRequest,
  options?: CallOptions,
): Promise<TaobaoOpentradeSpecialUsersQueryResponse> {
  return client.call<TaobaoOpentradeSpecialUsersQueryResponse>(
    {
      method: 'taobao.opentrade.special.users.query',
      responseRoot: 'opentrade_special_users_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
