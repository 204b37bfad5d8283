// Generated from specs/wlb/taobao.wlb.inventory.detail.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.wlb.inventory.detail.get` (查询库存详情). */
export interface TaobaoWlbInventoryDetailGetRequest {
  /** 商品ID */
  item_id: Int64Input;
  /**
   * 库存类型列表，值包括：
   * VENDIBLE--可销售库存
   * FREEZE--冻结库存
   * ONWAY--在途库存
   * DEFECT--残次品库存
   * ENGINE_DAMAGE--机损
   * BOX_DAMAGE--箱损
   * EXPIRATION--过保
   *
   * Max list size: 20
   */
  inventory_type_list?: string[];
  /** 仓库编码 */
  store_code?: string;
}

/** Response of `taobao.wlb.inventory.detail.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoWlbInventoryDetailGetResponse {
  /** 库存详情对象。其中包括货主ID，仓库编码，库存，库存类型等属性 */
  inventory_list?: TaobaoWlbInventoryDetailGetWlbInventory[];
  /** 入参的item_id */
  item_id?: Int64;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `WlbInventory` of `taobao.wlb.inventory.detail.get`. */
export interface TaobaoWlbInventoryDetailGetWlbInventory {
  /** 货主ID */
  user_id?: Int64;
  /** 商品ID */
  item_id?: Int64;
  /** 仓库编码，关联到仓库类型服务的编码非托管库存(卖家自己管理的库存，物流宝不可见又称自有库存)的所在仓库编码: STORE_SYS_PRIVATE */
  store_code?: string;
  /** 可销库存数量(库存总数-拍下预扣数-占用数) */
  quantity?: Int64;
  /** 冻结(锁定)数量，用来跟踪库存的中间状态，比如前台销售了1件商品，这时lock加1，当商品出库的时候lock再减回去 */
  lock_quantity?: Int64;
  /** 系统自动生成 */
  reserve_quantity?: Int64;
  /** 系统自动生成 */
  occupy_quantity?: Int64;
  /**
   * VENDIBLE--可销售库存
   * FREEZE--冻结库存
   * ONWAY--在途库存
   * DEFECT--残次品库存
   */
  type?: string;
}

const REQUEST_SCHEMA = {
  item_id: 'Number',
  inventory_type_list: ['String'],
  store_code: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  inventory_list: [
    {
      user_id: 'Number',
      item_id: 'Number',
      store_code: 'String',
      quantity: 'Number',
      lock_quantity: 'Number',
      reserve_quantity: 'Number',
      occupy_quantity: 'Number',
      type: 'String',
    },
  ],
  item_id: 'Number',
} as const satisfies ObjectSchema;

/** Static description of `taobao.wlb.inventory.detail.get`: method, response root, request and response schemas. */
export const taobaoWlbInventoryDetailGetOperation = {
  method: 'taobao.wlb.inventory.detail.get',
  responseRoot: 'wlb_inventory_detail_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询库存详情 — calls TOP method `taobao.wlb.inventory.detail.get`.
 *
 * 查询库存详情，通过商品ID获取发送请求的卖家的库存详情
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoWlbInventoryDetailGet(
  client: TopClient,
  request: TaobaoWlbInventoryDetailGetRequest,
  options?: CallOptions,
): Promise<TaobaoWlbInventoryDetailGetResponse> {
  return client.call<TaobaoWlbInventoryDetailGetResponse>(
    {
      method: 'taobao.wlb.inventory.detail.get',
      responseRoot: 'wlb_inventory_detail_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
