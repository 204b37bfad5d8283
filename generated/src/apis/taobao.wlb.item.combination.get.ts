// Generated from specs/wlb/taobao.wlb.item.combination.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.wlb.item.combination.get` (根据商品id查询商品组合关系). */
export interface TaobaoWlbItemCombinationGetRequest {
  /** 要查询的组合商品id */
  item_id: Int64Input;
}

/** Response of `taobao.wlb.item.combination.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoWlbItemCombinationGetResponse {
  /** 组合子商品id列表 */
  item_id_list?: Int64[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  item_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  item_id_list: ['Number'],
} as const satisfies ObjectSchema;

/** Static description of `taobao.wlb.item.combination.get`: method, response root, request and response schemas. */
export const taobaoWlbItemCombinationGetOperation = {
  method: 'taobao.wlb.item.combination.get',
  responseRoot: 'wlb_item_combination_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 根据商品id查询商品组合关系 — calls TOP method `taobao.wlb.item.combination.get`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoWlbItemCombinationGet(
  client: TopClient,
  request: TaobaoWlbItemCombinationGetRequest,
  options?: CallOptions,
): Promise<TaobaoWlbItemCombinationGetResponse> {
  return client.call<TaobaoWlbItemCombinationGetResponse>(
    {
      method: 'taobao.wlb.item.combination.get',
      responseRoot: 'wlb_item_combination_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
