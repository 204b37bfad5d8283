// Generated from specs/omniorder/taobao.jst.astrolabe.storeinventory.update.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.jst.astrolabe.storeinventory.update` (后端商品库存增量更新接口). */
export interface TaobaoJstAstrolabeStoreinventoryUpdateRequest {
  /** 操作时间 */
  operation_time: string;
  /**
   * 门店列表
   *
   * Max list size: 20
   */
  stores?: TaobaoJstAstrolabeStoreinventoryUpdateStoreInput[];
}

/** Response of `taobao.jst.astrolabe.storeinventory.update`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoJstAstrolabeStoreinventoryUpdateResponse {
  /** 响应标示 */
  flag?: string;
  /** 响应标签 */
  result_code?: string;
  /** 响应信息 */
  message?: string;
  /** 错误信息列表 */
  error_descriptions?: TaobaoJstAstrolabeStoreinventoryUpdateError[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Store` of `taobao.jst.astrolabe.storeinventory.update`. */
export interface TaobaoJstAstrolabeStoreinventoryUpdateStoreInput {
  /** 门店库存列表 */
  store_inventories?: TaobaoJstAstrolabeStoreinventoryUpdateStoreInventoryInput[];
  /** 门店ID（商户中心） 或 电商仓ID */
  warehouse_id: string;
  /** 库存来源的类型 */
  warehouse_type: string;
}

/** `StoreInventory` of `taobao.jst.astrolabe.storeinventory.update`. */
export interface TaobaoJstAstrolabeStoreinventoryUpdateStoreInventoryInput {
  /** 单据流水号，用于幂等操作 */
  bill_num: string;
  /** 单据类型 */
  bill_type: string;
  /** 淘宝后端商品id */
  sc_item_id: Int64Input;
  /** ISV系统中商品编码 */
  outer_id?: string;
  /** 库存类型 */
  inventory_type: string;
  /** 对应类型的库存数量（正数 */
  quantity: Int64Input;
  /** 调整后库存数量 */
  final_quantity: Int64Input;
}

/** `Error` of `taobao.jst.astrolabe.storeinventory.update`. */
export interface TaobaoJstAstrolabeStoreinventoryUpdateError {
  /** 错误描述 */
  description?: string;
  /** 处理失败的流水号 */
  failed_bill_num?: string;
}

const REQUEST_SCHEMA = {
  operation_time: 'String',
  stores: [
    {
      store_inventories: [
        {
          bill_num: 'String',
          bill_type: 'String',
          sc_item_id: 'Number',
          outer_id: 'String',
          inventory_type: 'String',
          quantity: 'Number',
          final_quantity: 'Number',
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
  error_descriptions: [
    {
      description: 'String',
      failed_bill_num: 'String',
    },
  ],
} as const satisfies ObjectSchema;

/** Static description of `taobao.jst.astrolabe.storeinventory.update`: method, response root, request and response schemas. */
export const taobaoJstAstrolabeStoreinventoryUpdateOperation = {
  method: 'taobao.jst.astrolabe.storeinventory.update',
  responseRoot: 'jst_astrolabe_storeinventory_update_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 后端商品库存增量更新接口 — calls TOP method `taobao.jst.astrolabe.storeinventory.update`.
 *
 * 增量更新门店或电商仓库存，该接口一次可以同时增量更新多个门店的多个商品的非确定性库存
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoJstAstrolabeStoreinventoryUpdate(
  client: TopClient,
  request: TaobaoJstAstrolabeStoreinventoryUpdateRequest,
  options?: CallOptions,
): Promise<TaobaoJstAstrolabeStoreinventoryUpdateResponse> {
  return client.call<TaobaoJstAstrolabeStoreinventoryUpdateResponse>(
    {
      method: 'taobao.jst.astrolabe.storeinventory.update',
      responseRoot: 'jst_astrolabe_storeinventory_update_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
