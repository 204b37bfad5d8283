// Generated from specs/fenxiao/tmall.inventory.query.forstore.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.inventory.query.forstore` (查询后端商品仓库库存). */
export interface TmallInventoryQueryForstoreRequest {
  /**
   * 查询列表
   *
   * Max list size: 200
   */
  param_list: TmallInventoryQueryForstoreInventoryQueryForStoreRequestInput[];
}

/** Response of `tmall.inventory.query.forstore`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallInventoryQueryForstoreResponse {
  /** 查询结果 */
  result?: TmallInventoryQueryForstoreInventoryQueryResult;
  /** 错误code */
  errorcode?: string;
  /** 错误信息 */
  errormessage?: string;
  /** 整体成功或失败 */
  issuccess?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `InventoryQueryForStoreRequest` of `tmall.inventory.query.forstore`. */
export interface TmallInventoryQueryForstoreInventoryQueryForStoreRequestInput {
  /** 后端商品code， sc_item_code或 sc_item_id需传入其中之一 */
  sc_item_code?: string;
  /** 仓库code */
  store_code: string;
  /** 后端商品id， sc_item_code或 sc_item_id需传入其中之一 */
  sc_item_id?: Int64Input;
  /** 实体类型 2：仓库类型， 6：门店类型 */
  inv_store_type?: Int64Input;
  /** 货品填0即可，前端商品填skuId */
  sku_id?: Int64Input;
  /** 1前端商品 2供应链货品 */
  item_type?: Int64Input;
}

/** `InventoryQueryResult` of `tmall.inventory.query.forstore`. */
export interface TmallInventoryQueryForstoreInventoryQueryResult {
  /** 查询成功列表 */
  item_inventorys?: TmallInventoryQueryForstoreInventoryInfoDetailDto[];
  /** tipInfos */
  tip_infos?: TmallInventoryQueryForstoreTipInfo[];
}

/** `InventoryInfoDetailDto` of `tmall.inventory.query.forstore`. */
export interface TmallInventoryQueryForstoreInventoryInfoDetailDto {
  /** 占用库存数 */
  occupy_quantity?: Int64;
  /** 仓库物理库存数 */
  quantity?: Int64;
  /** 预扣库存数 */
  reserve_quantity?: Int64;
  /** 后端商品code */
  sc_item_code?: string;
  /** 后端商品id */
  sc_item_id?: Int64;
  /** 仓库code */
  store_code?: string;
  /** distType */
  inv_store_type?: Int64;
  /** subList */
  sub_list?: TmallInventoryQueryForstoreInventorySubDetailDto[];
  /** skuId */
  sku_id?: Int64;
  /** 1前端商品 2供应链货品 */
  item_type?: Int64;
}

/** `InventorySubDetailDto` of `tmall.inventory.query.forstore`. */
export interface TmallInventoryQueryForstoreInventorySubDetailDto {
  /** 预扣库存数 */
  reserve_quantity?: Int64;
  /** 仓库物理库存数 */
  quantity?: Int64;
  /** 占用库存数 */
  occupy_quantity?: Int64;
  /** ONLINE_INVENTORY:线上可售卖库存。SHARE_INVENTORY：线下独享库存，门店自提可用 */
  inv_biz_code?: string;
}

/** `TipInfo` of `tmall.inventory.query.forstore`. */
export interface TmallInventoryQueryForstoreTipInfo {
  /** errorCode */
  errorcode?: string;
  /** errorMessage */
  errormessage?: string;
  /** scItemCode */
  sc_item_code?: string;
  /** storeCode */
  store_code?: string;
  /** scItemId */
  sc_item_id?: Int64;
  /** invStoreType */
  inv_store_type?: Int64;
  /** skuId */
  sku_id?: Int64;
  /** 1前端商品 2供应链货品 */
  item_type?: Int64;
}

const REQUEST_SCHEMA = {
  param_list: [
    {
      sc_item_code: 'String',
      store_code: 'String',
      sc_item_id: 'Number',
      inv_store_type: 'Number',
      sku_id: 'Number',
      item_type: 'Number',
    },
  ],
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    item_inventorys: [
      {
        occupy_quantity: 'Number',
        quantity: 'Number',
        reserve_quantity: 'Number',
        sc_item_code: 'String',
        sc_item_id: 'Number',
        store_code: 'String',
        inv_store_type: 'Number',
        sub_list: [
          {
            reserve_quantity: 'Number',
            quantity: 'Number',
            occupy_quantity: 'Number',
            inv_biz_code: 'String',
          },
        ],
        sku_id: 'Number',
        item_type: 'Number',
      },
    ],
    tip_infos: [
      {
        errorcode: 'String',
        errormessage: 'String',
        sc_item_code: 'String',
        store_code: 'String',
        sc_item_id: 'Number',
        inv_store_type: 'Number',
        sku_id: 'Number',
        item_type: 'Number',
      },
    ],
  },
  errorcode: 'String',
  errormessage: 'String',
  issuccess: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `tmall.inventory.query.forstore`: method, response root, request and response schemas. */
export const tmallInventoryQueryForstoreOperation = {
  method: 'tmall.inventory.query.forstore',
  responseRoot: 'tmall_inventory_query_forstore_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询后端商品仓库库存 — calls TOP method `tmall.inventory.query.forstore`.
 *
 * 商家查询后端商品仓库库存
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallInventoryQueryForstore(
  client: TopClient,
  request: TmallInventoryQueryForstoreRequest,
  options?: CallOptions,
): Promise<TmallInventoryQueryForstoreResponse> {
  return client.call<TmallInventoryQueryForstoreResponse>(
    {
      method: 'tmall.inventory.query.forstore',
      responseRoot: 'tmall_inventory_query_forstore_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
