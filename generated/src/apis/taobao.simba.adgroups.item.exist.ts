// Generated from specs/simba/taobao.simba.adgroups.item.exist.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.simba.adgroups.item.exist` (商品是否推广). */
export interface TaobaoSimbaAdgroupsItemExistRequest {
  /** 产品类型 101001005 代表普通推广，101001014代表销量明星 */
  product_id?: Int64Input;
  /** 主人昵称 */
  nick?: string;
  /** 推广计划Id */
  campaign_id: Int64Input;
  /** 商品Id */
  item_id: Int64Input;
}

/** Response of `taobao.simba.adgroups.item.exist`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoSimbaAdgroupsItemExistResponse {
  /** true表示已经被推广，false表示没有被推广 */
  exist?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  product_id: 'Number',
  nick: 'String',
  campaign_id: 'Number',
  item_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  exist: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `taobao.simba.adgroups.item.exist`: method, response root, request and response schemas. */
export const taobaoSimbaAdgroupsItemExistOperation = {
  method: 'taobao.simba.adgroups.item.exist',
  responseRoot: 'simba_adgroups_item_exist_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 商品是否推广 — calls TOP method `taobao.simba.adgroups.item.exist`.
 *
 * 判断在一个推广计划中是否已经推广了一个商品
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoSimbaAdgroupsItemExist(
  client: TopClient,
  request: TaobaoSimbaAdgroupsItemExistRequest,
  options?: CallOptions,
): Promise<TaobaoSimbaAdgroupsItemExistResponse> {
  return client.call<TaobaoSimbaAdgroupsItemExistResponse>(
    {
      method: 'taobao.simba.adgroups.item.exist',
      responseRoot: 'simba_adgroups_item_exist_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
