// Generated from specs/fenxiao/taobao.inventory.store.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.inventory.store.query` (查询仓库信息). */
export interface TaobaoInventoryStoreQueryRequest {
  /** 商家的仓库编码 */
  store_code?: string;
}

/** Response of `taobao.inventory.store.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoInventoryStoreQueryResponse {
  /** 仓库列表 */
  store_list?: TaobaoInventoryStoreQueryStore[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Store` of `taobao.inventory.store.query`. */
export interface TaobaoInventoryStoreQueryStore {
  /** 联系电话 */
  phone?: string;
  /** 商家的仓库编码，不允许重复 */
  store_code?: string;
  /** 仓库的物理地址 */
  address?: string;
  /** 仓库类型 */
  store_type?: string;
  /** 邮编 */
  post_code?: string;
  /** 联系人 */
  contact?: string;
  /** 商家的仓库名称 */
  store_name?: string;
  /** 仓库对应的淘宝区域 */
  address_area_name?: string;
  /** 仓库简称 */
  alias_name?: string;
}

const REQUEST_SCHEMA = {
  store_code: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  store_list: [
    {
      phone: 'String',
      store_code: 'String',
      address: 'String',
      store_type: 'String',
      post_code: 'String',
      contact: 'String',
      store_name: 'String',
      address_area_name: 'String',
      alias_name: 'String',
    },
  ],
} as const satisfies ObjectSchema;

/** Static description of `taobao.inventory.store.query`: method, response root, request and response schemas. */
export const taobaoInventoryStoreQueryOperation = {
  method: 'taobao.inventory.store.query',
  responseRoot: 'inventory_store_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询仓库信息 — calls TOP method `taobao.inventory.store.query`.
 *
 * 查询商家仓信息
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoInventoryStoreQuery(
  client: TopClient,
  request: TaobaoInventoryStoreQueryRequest = {},
  options?: CallOptions,
): Promise<TaobaoInventoryStoreQueryResponse> {
  return client.call<TaobaoInventoryStoreQueryResponse>(
    {
      method: 'taobao.inventory.store.query',
      responseRoot: 'inventory_store_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
