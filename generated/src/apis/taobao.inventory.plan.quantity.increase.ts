// Generated from specs/inventory/taobao.inventory.plan.quantity.increase.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.inventory.plan.quantity.increase` (计划库存的增量编辑). */
export interface TaobaoInventoryPlanQuantityIncreaseRequest {
  /** 增量编辑计划库存入参 */
  plan_inv_adjust_top: TaobaoInventoryPlanQuantityIncreasePlanInvAdjustTopDtoInput;
}

/** Response of `taobao.inventory.plan.quantity.increase`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoInventoryPlanQuantityIncreaseResponse {
  /** 批量返回结果 */
  result?: TaobaoInventoryPlanQuantityIncreaseBatchResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `PlanInvAdjustTopDto` of `taobao.inventory.plan.quantity.increase`. */
export interface TaobaoInventoryPlanQuantityIncreasePlanInvAdjustTopDtoInput {
  /** 品id，前端宝贝id，或者后端货品id */
  item_id: Int64Input;
  /** 品的类型，1-前端宝贝，2-后端货品 */
  item_type: Int64Input;
  /** 计划库存增量编辑的详细信息 */
  adjust_detail_list: TaobaoInventoryPlanQuantityIncreasePlanInvAdjustTopDetailDtoInput[];
  /** 设置计划的品的skuid。对于货品，是0. */
  sku_id: Int64Input;
}

/** `PlanInvAdjustTopDetailDto` of `taobao.inventory.plan.quantity.increase`. */
export interface TaobaoInventoryPlanQuantityIncreasePlanInvAdjustTopDetailDtoInput {
  /** 操作码，用于幂等验证 */
  operate_code: string;
  /** 外部商家系统单据号，用于定位计划库存的业务来源 */
  plan_order_id: string;
  /** 要调整的库存值，负数代表调低库存，正数代表调高库存 */
  adjust_quantity: Int64Input;
}

/** `BatchResult` of `taobao.inventory.plan.quantity.increase`. */
export interface TaobaoInventoryPlanQuantityIncreaseBatchResult {
  /** 成功的结果 */
  success_result_map?: string;
  /** 失败的结果 */
  error_result_map?: string;
  /** 有一个失败，整体失败 */
  result_code?: TaobaoInventoryPlanQuantityIncreaseResultCode;
}

/** `ResultCode` of `taobao.inventory.plan.quantity.increase`. */
export interface TaobaoInventoryPlanQuantityIncreaseResultCode {
  /** 结果码 */
  code?: string;
  /** 结果id */
  id?: Int64;
  /** 结果描述 */
  message?: string;
}

const REQUEST_SCHEMA = {
  plan_inv_adjust_top: {
    item_id: 'Number',
    item_type: 'Number',
    adjust_detail_list: [
      {
        operate_code: 'String',
        plan_order_id: 'String',
        adjust_quantity: 'Number',
      },
    ],
    sku_id: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success_result_map: 'String',
    error_result_map: 'String',
    result_code: {
      code: 'String',
      id: 'Number',
      message: 'String',
    },
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.inventory.plan.quantity.increase`: method, response root, request and response schemas. */
export const taobaoInventoryPlanQuantityIncreaseOperation = {
  method: 'taobao.inventory.plan.quantity.increase',
  responseRoot: 'inventory_plan_quantity_increase_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 计划库存的增量编辑 — calls TOP method `taobao.inventory.plan.quantity.increase`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoInventoryPlanQuantityIncrease(
  client: TopClient,
  request: TaobaoInventoryPlanQuantityIncreaseRequest,
  options?: CallOptions,
): Promise<TaobaoInventoryPlanQuantityIncreaseResponse> {
  return client.call<TaobaoInventoryPlanQuantityIncreaseResponse>(
    {
      method: 'taobao.inventory.plan.quantity.increase',
      responseRoot: 'inventory_plan_quantity_increase_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
