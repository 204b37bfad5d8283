// Generated from specs/omniorder/taobao.jst.astrolabe.storeinventory.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.jst.astrolabe.storeinventory.query` (后端商品库存查询接口). */
export interface TaobaoJstAstrolabeStoreinventoryQueryRequest {
  /**
   * 门店
   *
   * Max list size: 20
   */
  stores?: TaobaoJstAstrolabeStoreinventoryQueryStoreInput[];
}

/** Response of `taobao.jst.astrolabe.storeinventory.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoJstAstrolabeStoreinventoryQueryResponse {
  /** 响应标示 */
  flag?: string;
  /** 响应编码 */
  result_code?: string;
  /** 响应信息 */
  message?: string;
  /** 门店列表 */
  stores?: TaobaoJstAstrolabeStoreinventoryQueryStore[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Store` of `taobao.jst.astrolabe.storeinventory.query`. */
export interface TaobaoJstAstrolabeStoreinventoryQueryStoreInput {
  /** 门店库存 */
  store_inventories?: TaobaoJstAstrolabeStoreinventoryQueryStoreInventoryInput[];
  /** 门店ID(商户中心) 或 电商仓ID */
  warehouse_id: string;
  /** 库存来源 */
  warehouse_type: string;
}

/** `StoreInventory` of `taobao.jst.astrolabe.storeinventory.query`. */
export interface TaobaoJstAstrolabeStoreinventoryQueryStoreInventoryInput {
  /** ISV系统中商品编码 */
  outer_id?: string;
  /** 淘宝后端商品id */
  sc_item_id: Int64Input;
}

/** `Store` of `taobao.jst.astrolabe.storeinventory.query`. */
export interface TaobaoJstAstrolabeStoreinventoryQueryStore {
  /** 门店库存信息 */
  store_inventories?: TaobaoJstAstrolabeStoreinventoryQueryStoreInventory[];
  /** 门店ID(商户中心) 或 电商仓ID */
  warehouse_id?: string;
  /** 库存来源 */
  warehouse_type?: string;
}

/** `StoreInventory` of `taobao.jst.astrolabe.storeinventory.query`. */
export interface TaobaoJstAstrolabeStoreinventoryQueryStoreInventory {
  /** 库存量详情 */
  quantity_details?: TaobaoJstAstrolabeStoreinventoryQueryQuantityDetail[];
  /** ISV系统中商品编码 */
  outer_id?: string;
  /** 淘宝后端商品id */
  sc_item_id?: string;
}

/** `QuantityDetail` of `taobao.jst.astrolabe.storeinventory.query`. */
export interface TaobaoJstAstrolabeStoreinventoryQueryQuantityDetail {
  /** 当前类型库存数量 */
  quantity?: string;
  /** 库存类型 */
  inventory_type?: string;
}

const REQUEST_SCHEMA = {
  stores: [
    {
      store_inventories: [
        {
          outer_id: 'String',
          sc_item_id: 'Number',
        },
      ],
      warehouse_id: 'String',
      warehouse_type: 'String',
    },
  ],
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  flag: 'String',
  result_code: 'String',
  message: 'String',
  stores: [
    {
      store_inventories: [
        {
          quantity_details: [
            {
              quantity: 'String',
              inventory_type: 'String',
            },
          ],
          outer_id: 'String',
          sc_item_id: 'String',
        },
      ],
      warehouse_id: 'String',
      warehouse_type: 'String',
    },
  ],
} as const satisfies ObjectSchema;

/** Static description of `taobao.jst.astrolabe.storeinventory.query`: method, response root, request and response schemas. */
export const taobaoJstAstrolabeStoreinventoryQueryOperation = {
  method: 'taobao.jst.astrolabe.storeinventory.query',
  responseRoot: 'jst_astrolabe_storeinventory_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 后端商品库存查询接口 — calls TOP method `taobao.jst.astrolabe.storeinventory.query`.
 *
 * 查询门店或电商仓库存，该接口一次可以同时查询多个门店或电商仓的多个商品的多种类型的库存
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoJstAstrolabeStoreinventoryQuery(
  client: TopClient,
  request: TaobaoJstAstrolabeStoreinventoryQueryRequest = {},
  options?: CallOptions,
): Promise<TaobaoJstAstrolabeStoreinventoryQueryResponse> {
  return client.call<TaobaoJstAstrolabeStoreinventoryQueryResponse>(
    {
      method: 'taobao.jst.astrolabe.storeinventory.query',
      responseRoot: 'jst_astrolabe_storeinventory_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
