// Generated from specs/omniorder/taobao.jst.astrolabe.storeinventory.adjust.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.jst.astrolabe.storeinventory.adjust` (后端商品库存占用调整接口). */
export interface TaobaoJstAstrolabeStoreinventoryAdjustRequest {
  /** 操作时间 */
  operation_time: string;
  /** 库存调整信息 */
  inventory_adjust_info?: TaobaoJstAstrolabeStoreinventoryAdjustInventoryAdjustInfoInput;
}

/** Response of `taobao.jst.astrolabe.storeinventory.adjust`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoJstAstrolabeStoreinventoryAdjustResponse {
  /** 响应标签 */
  flag?: string;
  /** 响应编码 */
  result_code?: string;
  /** 响应信息 */
  message?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `InventoryAdjustInfo` of `taobao.jst.astrolabe.storeinventory.adjust`. */
export interface TaobaoJstAstrolabeStoreinventoryAdjustInventoryAdjustInfoInput {
  /** 需要调整的原始门店ID */
  original_warehouse_id: string;
  /** 淘宝订单号 */
  tb_trade_order: string;
  /** 流水号 */
  bill_num: string;
  /** 库存类型 */
  inventory_type: string;
  /** 调整类型 */
  adjust_type: string;
  /** 需调整的库存数量 */
  quantity: Int64Input;
  /** 淘宝子订单号 */
  tb_sub_trade_order: string;
  /** 需要调整到的目标门店ID */
  target_warehouse_id: string;
  /** 淘宝后端商品id */
  sc_item_id: Int64Input;
  /** ISV系统中商品编码 */
  outer_id?: string;
}

const REQUEST_SCHEMA = {
  operation_time: 'String',
  inventory_adjust_info: {
    original_warehouse_id: 'String',
    tb_trade_order: 'String',
    bill_num: 'String',
    inventory_type: 'String',
    adjust_type: 'String',
    quantity: 'Number',
    tb_sub_trade_order: 'String',
    target_warehouse_id: 'String',
    sc_item_id: 'Number',
    outer_id: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  flag: 'String',
  result_code: 'String',
  message: 'String',
} as const satisfies ObjectSchema;

/** Static description of `taobao.jst.astrolabe.storeinventory.adjust`: method, response root, request and response schemas. */
export const taobaoJstAstrolabeStoreinventoryAdjustOperation = {
  method: 'taobao.jst.astrolabe.storeinventory.adjust',
  responseRoot: 'jst_astrolabe_storeinventory_adjust_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 后端商品库存占用调整接口 — calls TOP method `taobao.jst.astrolabe.storeinventory.adjust`.
 *
 * 当第三方系统出现分单结果和天猫货品中心分单结果不一致时，需要调用此接口同步分单消息给天猫货品中心，调整之前占用的门店/电商仓库存。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoJstAstrolabeStoreinventoryAdjust(
  client: TopClient,
  request: TaobaoJstAstrolabeStoreinventoryAdjustRequest,
  options?: CallOptions,
): Promise<TaobaoJstAstrolabeStoreinventoryAdjustResponse> {
  return client.call<TaobaoJstAstrolabeStoreinventoryAdjustResponse>(
    {
      method: 'taobao.jst.astrolabe.storeinventory.adjust',
      responseRoot: 'jst_astrolabe_storeinventory_adjust_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
