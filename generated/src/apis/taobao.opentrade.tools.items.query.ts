// Generated from specs/opentrade/taobao.opentrade.tools.items.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.opentrade.tools.items.query` (交易开放获取商品绑定信息). */
export interface TaobaoOpentradeToolsItemsQueryRequest {
  /** 交易开放C端小程序ID */
  miniapp_id: Int64Input;
  /** 起始页 */
  page_index?: Int64Input;
  /** 每页大小 */
  page_size?: Int64Input;
}

/** Response of `taobao.opentrade.tools.items.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoOpentradeToolsItemsQueryResponse {
  /** 已绑定的商品ID列表 */
  item_ids?: Int64[];
  /** 总商品数 */
  total_count?: Int64;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  miniapp_id: 'Number',
  page_index: 'Number',
  page_size: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  item_ids: ['Number'],
  total_count: 'Number',
} as const satisfies ObjectSchema;

/** Static description of `taobao.opentrade.tools.items.query`: method, response root, request and response schemas. */
export const taobaoOpentradeToolsItemsQueryOperation = {
  method: 'taobao.opentrade.tools.items.query',
  responseRoot: 'opentrade_tools_items_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 交易开放获取商品绑定信息 — calls TOP method `taobao.opentrade.tools.items.query`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoOpentradeToolsItemsQuery(
  client: TopClient,
  request: TaobaoOpentradeToolsItemsQueryRequest,
  options?: CallOptions,
): Promise<TaobaoOpentradeToolsItemsQueryResponse> {
  return client.call<TaobaoOpentradeToolsItemsQueryResponse>(
    {
      method: 'taobao.opentrade.tools.items.query',
      responseRoot: 'opentrade_tools_items_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
