// Generated from specs/fenxiao/taobao.inventory.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.inventory.query` (查询商品库存信息). */
export interface TaobaoInventoryQueryRequest {
  /** 后端商品ID 列表，控制到50个 */
  sc_item_ids: string;
  /** 后端商品的商家编码列表，控制到50个 */
  sc_item_codes?: string;
  /** 卖家昵称 */
  seller_nick?: string;
  /** 仓库列表:GLY001^GLY002 */
  store_codes?: string;
}

/** Response of `taobao.inventory.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoInventoryQueryResponse {
  /** 商品总体库存信息 */
  item_inventorys?: TaobaoInventoryQueryInventorySum[];
  /** 提示信息，提示不存在的后端商品 */
  tip_infos?: TaobaoInventoryQueryTipInfo[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `InventorySum` of `taobao.inventory.query`. */
export interface TaobaoInventoryQueryInventorySum {
  /** 总预扣数量 */
  reserve_quantity?: Int64;
  /**
   * 库存类型：
   * 1：正常
   * 2：损坏
   * 3：冻结
   * 10：质押
   * 11-20:商家自定义
   */
  inventory_type?: Int64;
  /** 商家仓库编码 */
  store_code?: string;
  /** 库存类型名称 */
  inventory_type_name?: string;
  /** 商品后端ID，如果有传sc_item_code,参数可以为0 */
  sc_item_id?: Int64;
  /** 商品商家编码 */
  sc_item_code?: string;
  /** 总物理库存数量 */
  quantity?: Int64;
  /** 总占用数量 */
  occupy_quantity?: Int64;
}

/** `TipInfo` of `taobao.inventory.query`. */
export interface TaobaoInventoryQueryTipInfo {
  /** 商品id */
  sc_item_id?: string;
  /** 返回信息 */
  info?: string;
}

const REQUEST_SCHEMA = {
  sc_item_ids: 'String',
  sc_item_codes: 'String',
  seller_nick: 'String',
  store_codes: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  item_inventorys: [
    {
      reserve_quantity: 'Number',
      inventory_type: 'Number',
      store_code: 'String',
      inventory_type_name: 'String',
      sc_item_id: 'Number',
      sc_item_code: 'String',
      quantity: 'Number',
      occupy_quantity: 'Number',
    },
  ],
  tip_infos: [
    {
      sc_item_id: 'String',
      info: 'String',
    },
  ],
} as const satisfies ObjectSchema;

/** Static description of `taobao.inventory.query`: method, response root, request and response schemas. */
export const taobaoInventoryQueryOperation = {
  method: 'taobao.inventory.query',
  responseRoot: 'inventory_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询商品库存信息 — calls TOP method `taobao.inventory.query`.
 *
 * 建议使用新接口：tmall.inventory.query.forstore ，新ISV不推荐使用。
 * 商家查询商品总体库存信息
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoInventoryQuery(
  client: TopClient,
  request: TaobaoInventoryQueryRequest,
  options?: CallOptions,
): Promise<TaobaoInventoryQueryResponse> {
  return client.call<TaobaoInventoryQueryResponse>(
    {
      method: 'taobao.inventory.query',
      responseRoot: 'inventory_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
