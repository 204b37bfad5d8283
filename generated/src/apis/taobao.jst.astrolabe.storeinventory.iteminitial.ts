// Generated from specs/omniorder/taobao.jst.astrolabe.storeinventory.iteminitial.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.jst.astrolabe.storeinventory.iteminitial` (库存初始化接口). */
export interface TaobaoJstAstrolabeStoreinventoryIteminitialRequest {
  /**
   * 门店列表
   *
   * Max list size: 20
   */
  stores?: TaobaoJstAstrolabeStoreinventoryIteminitialStoreInput[];
  /** 操作时间 */
  operation_time: string;
}

/** Response of `taobao.jst.astrolabe.storeinventory.iteminitial`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoJstAstrolabeStoreinventoryIteminitialResponse {
  /** 响应标示 */
  flag?: string;
  /** 响应标签 */
  qimen_code?: string;
  /** 响应信息 */
  message?: string;
  /** 错误信息列表 */
  error_descriptions?: TaobaoJstAstrolabeStoreinventoryIteminitialError[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Store` of `taobao.jst.astrolabe.storeinventory.iteminitial`. */
export interface TaobaoJstAstrolabeStoreinventoryIteminitialStoreInput {
  /** 库存来源的类型 */
  warehouse_type: string;
  /** 门店ID(商户中心)或 电商仓ID */
  warehouse_id: string;
  /** 门店库存列表 */
  store_inventories?: TaobaoJstAstrolabeStoreinventoryIteminitialStoreInventoryInput[];
}

/** `StoreInventory` of `taobao.jst.astrolabe.storeinventory.iteminitial`. */
export interface TaobaoJstAstrolabeStoreinventoryIteminitialStoreInventoryInput {
  /** 单据流水号，用于幂等操作 */
  bill_num: string;
  /** 淘宝前端商品id */
  item_id: string;
  /** ISV系统中商品编码 */
  outer_id: string;
  /** 商品的SKU编码 */
  sku_id?: string;
  /** 库存类型 */
  inventory_type: string;
  /** 对应类型的库存数量（正数） */
  quantity: string;
}

/** `Error` of `taobao.jst.astrolabe.storeinventory.iteminitial`. */
export interface TaobaoJstAstrolabeStoreinventoryIteminitialError {
  /** 错误描述 */
  descrpition?: string;
  /** 处理失败的流水号（有多个时，用逗号分隔） */
  failed_bill_num?: string;
}

const REQUEST_SCHEMA = {
  stores: [
    {
      warehouse_type: 'String',
      warehouse_id: 'String',
      store_inventories: [
        {
          bill_num: 'String',
          item_id: 'String',
          outer_id: 'String',
          sku_id: 'String',
          inventory_type: 'String',
          quantity: 'String',
        },
      ],
    },
  ],
  operation_time: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  flag: 'String',
  qimen_code: 'String',
  message: 'String',
  error_descriptions: [
    {
      descrpition: 'String',
      failed_bill_num: 'String',
    },
  ],
} as const satisfies ObjectSchema;

/** Static description of `taobao.jst.astrolabe.storeinventory.iteminitial`: method, response root, request and response schemas. */
export const taobaoJstAstrolabeStoreinventoryIteminitialOperation = {
  method: 'taobao.jst.astrolabe.storeinventory.iteminitial',
  responseRoot: 'jst_astrolabe_storeinventory_iteminitial_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 库存初始化接口 — calls TOP method `taobao.jst.astrolabe.storeinventory.iteminitial`.
 *
 * ERP调用奇门的接口，对门店的库存进行初始化
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoJstAstrolabeStoreinventoryIteminitial(
  client: TopClient,
  request: TaobaoJstAstrolabeStoreinventoryIteminitialRequest,
  options?: CallOptions,
): Promise<TaobaoJstAstrolabeStoreinventoryIteminitialResponse> {
  return client.call<TaobaoJstAstrolabeStoreinventoryIteminitialResponse>(
    {
      method: 'taobao.jst.astrolabe.storeinventory.iteminitial',
      responseRoot: 'jst_astrolabe_storeinventory_iteminitial_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
