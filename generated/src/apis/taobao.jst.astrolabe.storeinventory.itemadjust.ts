// Generated from specs/omniorder/taobao.jst.astrolabe.storeinventory.itemadjust.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.jst.astrolabe.storeinventory.itemadjust` (库存占用调整接口). */
export interface TaobaoJstAstrolabeStoreinventoryItemadjustRequest {
  /** 操作时间 */
  operation_time: string;
  /** 库存调整信息 */
  inventory_adjust_info?: TaobaoJstAstrolabeStoreinventoryItemadjustInventoryAdjustInfoInput;
}

/** Response of `taobao.jst.astrolabe.storeinventory.itemadjust`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoJstAstrolabeStoreinventoryItemadjustResponse {
  /** 响应标签 */
  flag?: string;
  /** 响应编码 */
  qimen_code?: string;
  /** 响应信息 */
  message?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `InventoryAdjustInfo` of `taobao.jst.astrolabe.storeinventory.itemadjust`. */
export interface TaobaoJstAstrolabeStoreinventoryItemadjustInventoryAdjustInfoInput {
  /** 需要调整的原始门店ID(商户中心) 或 电商仓ID */
  original_warehouse_id: string;
  /** 淘宝订单号 */
  tb_trade_order: string;
  /** 流水号 */
  bill_num: string;
  /** 淘宝前端商品id */
  item_id: Int64Input;
  /** 库存类型 */
  inventory_type: string;
  /** 调整类型 */
  adjust_type: string;
  /** 商品的SKU编码 */
  sku_id?: Int64Input;
  /** 需调整的库存数量 */
  quantity: Int64Input;
  /** 淘宝子订单号 */
  tb_sub_trade_order: string;
  /** 需要调整到的目标门店ID(商户中心) 或电商仓ID */
  target_warehouse_id: string;
  /** ISV系统中商品编码 */
  outer_id: string;
}

const REQUEST_SCHEMA = {
  operation_time: 'String',
  inventory_adjust_info: {
    original_warehouse_id: 'String',
    tb_trade_order: 'String',
    bill_num: 'String',
    item_id: 'Number',
    inventory_type: 'String',
    adjust_type: 'String',
    sku_id: 'Number',
    quantity: 'Number',
    tb_sub_trade_order: 'String',
    target_warehouse_id: 'String',
    outer_id: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  flag: 'String',
  qimen_code: 'String',
  message: 'String',
} as const satisfies ObjectSchema;

/** Static description of `taobao.jst.astrolabe.storeinventory.itemadjust`: method, response root, request and response schemas. */
export const taobaoJstAstrolabeStoreinventoryItemadjustOperation = {
  method: 'taobao.jst.astrolabe.storeinventory.itemadjust',
  responseRoot: 'jst_astrolabe_storeinventory_itemadjust_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 库存占用调整接口 — calls TOP method `taobao.jst.astrolabe.storeinventory.itemadjust`.
 *
 * 当第三方系统出现分单结果和天猫货品中心分单结果不一致时，需要调用此接口同步分单消息给天猫货品中心，调整之前占用的门店/电商仓库存。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoJstAstrolabeStoreinventoryItemadjust(
  client: TopClient,
  request: TaobaoJstAstrolabeStoreinventoryItemadjustRequest,
  options?: CallOptions,
): Promise<TaobaoJstAstrolabeStoreinventoryItemadjustResponse> {
  return client.call<TaobaoJstAstrolabeStoreinventoryItemadjustResponse>(
    {
      method: 'taobao.jst.astrolabe.storeinventory.itemadjust',
      responseRoot: 'jst_astrolabe_storeinventory_itemadjust_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
