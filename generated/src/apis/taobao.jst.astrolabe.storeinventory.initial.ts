// Generated from specs/omniorder/taobao.jst.astrolabe.storeinventory.initial.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.jst.astrolabe.storeinventory.initial` (后端商品库存初始化). */
export interface TaobaoJstAstrolabeStoreinventoryInitialRequest {
  /** 操作时间 */
  operation_time: string;
  /**
   * 门店列表
   *
   * Max list size: 20
   */
  stores?: TaobaoJstAstrolabeStoreinventoryInitialStoreInput[];
}

/** Response of `taobao.jst.astrolabe.storeinventory.initial`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoJstAstrolabeStoreinventoryInitialResponse {
  /** 响应信息 */
  message?: string;
  /** 响应标签 */
  result_code?: string;
  /** 响应标示 */
  flag?: string;
  /** 错误信息列表 */
  error_descriptions?: TaobaoJstAstrolabeStoreinventoryInitialError[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Store` of `taobao.jst.astrolabe.storeinventory.initial`. */
export interface TaobaoJstAstrolabeStoreinventoryInitialStoreInput {
  /** 库存来源的类型 */
  warehouse_type: string;
  /** 门店ID(商户中心)或 电商仓ID */
  warehouse_id: string;
  /** 门店库存列表 */
  store_inventories?: TaobaoJstAstrolabeStoreinventoryInitialStoreInventoryInput[];
}

/** `StoreInventory` of `taobao.jst.astrolabe.storeinventory.initial`. */
export interface TaobaoJstAstrolabeStoreinventoryInitialStoreInventoryInput {
  /** 单据流水号，用于幂等操作 */
  bill_num: string;
  /** 淘宝后端商品id */
  sc_item_id: Int64Input;
  /** ISV系统中商品编码 */
  outer_id?: string;
  /** 库存类型 */
  inventory_type: string;
  /** 对应类型的库存数量（正数） */
  quantity: Int64Input;
}

/** `Error` of `taobao.jst.astrolabe.storeinventory.initial`. */
export interface TaobaoJstAstrolabeStoreinventoryInitialError {
  /** 错误描述 */
  descrpition?: string;
  /** 处理失败的流水号（有多个时，用逗号分隔） */
  failed_bill_num?: string;
}

const REQUEST_SCHEMA = {
  operation_time: 'String',
  stores: [
    {
      warehouse_type: 'String',
      warehouse_id: 'String',
      store_inventories: [
        {
          bill_num: 'String',
          sc_item_id: 'Number',
          outer_id: 'String',
          inventory_type: 'String',
          quantity: 'Number',
        },
      ],
    },
  ],
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  message: 'String',
  result_code: 'String',
  flag: 'String',
  error_descriptions: [
    {
      descrpition: 'String',
      failed_bill_num: 'String',
    },
  ],
} as const satisfies ObjectSchema;

/** Static description of `taobao.jst.astrolabe.storeinventory.initial`: method, response root, request and response schemas. */
export const taobaoJstAstrolabeStoreinventoryInitialOperation = {
  method: 'taobao.jst.astrolabe.storeinventory.initial',
  responseRoot: 'jst_astrolabe_storeinventory_initial_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 后端商品库存初始化 — calls TOP method `taobao.jst.astrolabe.storeinventory.initial`.
 *
 * 初始化电商仓或门店库存，该接口一次可以初始化多个门店(或电商仓)的多个商品的多种类型库存。此接口只能使用一次，后续所有的库存变动都需走增量库存同步接口。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoJstAstrolabeStoreinventoryInitial(
  client: TopClient,
  request: TaobaoJstAstrolabeStoreinventoryInitialRequest,
  options?: CallOptions,
): Promise<TaobaoJstAstrolabeStoreinventoryInitialResponse> {
  return client.call<TaobaoJstAstrolabeStoreinventoryInitialResponse>(
    {
      method: 'taobao.jst.astrolabe.storeinventory.initial',
      responseRoot: 'jst_astrolabe_storeinventory_initial_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
