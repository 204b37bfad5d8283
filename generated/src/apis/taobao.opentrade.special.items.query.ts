// Generated from specs/opentrade/taobao.opentrade.special.items.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.opentrade.special.items.query` (专属下单获取商品绑定信息). */
export interface TaobaoOpentradeSpecialItemsQueryRequest {
  /** 绑定专属下单场景的C端小程序ID */
  miniapp_id: Int64Input;
}

/** Response of `taobao.opentrade.special.items.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoOpentradeSpecialItemsQueryResponse {
  /** 已绑定的商品ID列表 */
  items?: Int64[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  miniapp_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  items: ['Number'],
} as const satisfies ObjectSchema;

/** Static description of `taobao.opentrade.special.items.query`: method, response root, request and response schemas. */
export const taobaoOpentradeSpecialItemsQueryOperation = {
  method: 'taobao.opentrade.special.items.query',
  responseRoot: 'opentrade_special_items_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 专属下单获取商品绑定信息 — calls TOP method `taobao.opentrade.special.items.query`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoOpentradeSpecialItemsQuery(
  client: TopClient,
  request: TaobaoOpentradeSpecialItemsQueryRequest,
  options?: CallOptions,
): Promise<TaobaoOpentradeSpecialItemsQueryResponse> {
  return client.call<TaobaoOpentradeSpecialItemsQueryResponse>(
    {
      method: 'taobao.opentrade.special.items.query',
      responseRoot: 'opentrade_special_items_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
