// Generated from specs/omniorder/taobao.jst.astrolabe.storeinventory.itemquery.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.jst.astrolabe.storeinventory.itemquery` (库存查询接口). */
export interface TaobaoJstAstrolabeStoreinventoryItemqueryRequest {
  /**
   * 门店信息
   *
   * Max list size: 20
   */
  stores?: TaobaoJstAstrolabeStoreinventoryItemqueryStoreInput[];
}

/** Response of `taobao.jst.astrolabe.storeinventory.itemquery`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoJstAstrolabeStoreinventoryItemqueryResponse {
  /** 响应标示 */
  flag?: string;
  /** 响应编码 */
  qimen_code?: string;
  /** message */
  message?: string;
  /** 门店列表 */
  stores?: TaobaoJstAstrolabeStoreinventoryItemqueryStore[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Store` of `taobao.jst.astrolabe.storeinventory.itemquery`. */
export interface TaobaoJstAstrolabeStoreinventoryItemqueryStoreInput {
  /** 门店ID(商户中心) 或 电商仓ID */
  warehouse_id?: string;
  /** 库存来源 */
  warehouse_type?: string;
  /** 门店库存 */
  store_inventories?: TaobaoJstAstrolabeStoreinventoryItemqueryStoreInventoryInput[];
}

/** `StoreInventory` of `taobao.jst.astrolabe.storeinventory.itemquery`. */
export interface TaobaoJstAstrolabeStoreinventoryItemqueryStoreInventoryInput {
  /** 商品的SKU编码 */
  sku_id?: Int64Input;
  /** ISV系统中商品编码 */
  outer_id?: string;
  /** 淘宝前端商品id */
  item_id?: Int64Input;
}

/** `Store` of `taobao.jst.astrolabe.storeinventory.itemquery`. */
export interface TaobaoJstAstrolabeStoreinventoryItemqueryStore {
  /** 门店库存列表 */
  store_inventories?: TaobaoJstAstrolabeStoreinventoryItemqueryStoreInventory[];
  /** 门店ID(商户中心) 或 电商仓ID */
  warehouse_id?: string;
  /** 库存来源 */
  warehouse_type?: string;
}

/** `StoreInventory` of `taobao.jst.astrolabe.storeinventory.itemquery`. */
export interface TaobaoJstAstrolabeStoreinventoryItemqueryStoreInventory {
  /** 淘宝前端商品id */
  item_id?: string;
  /** ISV系统中商品编码 */
  outer_id?: string;
  /** 商品的SKU编码 */
  sku_id?: string;
  /** 库存量详情列表 */
  quantity_details?: TaobaoJstAstrolabeStoreinventoryItemqueryQuantityDetail[];
}

/** `QuantityDetail` of `taobao.jst.astrolabe.storeinventory.itemquery`. */
export interface TaobaoJstAstrolabeStoreinventoryItemqueryQuantityDetail {
  /** 库存类型 */
  inventory_type?: string;
  /** 库存数量 */
  quantity?: Int64;
  /** 占用库存 */
  occupy_quantity?: Int64;
}

const REQUEST_SCHEMA = {
  stores: [
    {
      warehouse_id: 'String',
      warehouse_type: 'String',
      store_inventories: [
        {
          sku_id: 'Number',
          outer_id: 'String',
          item_id: 'Number',
        },
      ],
    },
  ],
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  flag: 'String',
  qimen_code: 'String',
  message: 'String',
  stores: [
    {
      store_inventories: [
        {
          item_id: 'String',
          outer_id: 'String',
          sku_id: 'String',
          quantity_details: [
            {
              inventory_type: 'String',
              quantity: 'Number',
              occupy_quantity: 'Number',
            },
          ],
        },
      ],
      warehouse_id: 'String',
      warehouse_type: 'String',
    },
  ],
} as const satisfies ObjectSchema;

/** Static description of `taobao.jst.astrolabe.storeinventory.itemquery`: method, response root, request and response schemas. */
export const taobaoJstAstrolabeStoreinventoryItemqueryOperation = {
  method: 'taobao.jst.astrolabe.storeinventory.itemquery',
  responseRoot: 'jst_astrolabe_storeinventory_itemquery_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 库存查询接口 — calls TOP method `taobao.jst.astrolabe.storeinventory.itemquery`.
 *
 * 查询门店或电商仓库存，该接口一次可以同时查询多个门店或电商仓的多个商品的多种类型的库存
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoJstAstrolabeStoreinventoryItemquery(
  client: TopClient,
  request: TaobaoJstAstrolabeStoreinventoryItemqueryRequest = {},
  options?: CallOptions,
): Promise<TaobaoJstAstrolabeStoreinventoryItemqueryResponse> {
  return client.call<TaobaoJstAstrolabeStoreinventoryItemqueryResponse>(
    {
      method: 'taobao.jst.astrolabe.storeinventory.itemquery',
      responseRoot: 'jst_astrolabe_storeinventory_itemquery_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
