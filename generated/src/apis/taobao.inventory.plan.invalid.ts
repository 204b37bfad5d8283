// Generated from specs/inventory/taobao.inventory.plan.invalid.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.inventory.plan.invalid` (失效计划库存). */
export interface TaobaoInventoryPlanInvalidRequest {
  /** 计划库存失效入参 */
  plan_stop_top: TaobaoInventoryPlanInvalidPlanStopTopDtoInput;
}

/** Response of `taobao.inventory.plan.invalid`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoInventoryPlanInvalidResponse {
  /** 批量返回结果 */
  result?: TaobaoInventoryPlanInvalidBatchResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `PlanStopTopDto` of `taobao.inventory.plan.invalid`. */
export interface TaobaoInventoryPlanInvalidPlanStopTopDtoInput {
  /** 品id，前端宝贝id，或者后端货品id */
  item_id: Int64Input;
  /** 品的类型，1-前端宝贝，2-后端货品 */
  item_type: Int64Input;
  /** 要失效的计划库存的详情 */
  plan_detail_list: TaobaoInventoryPlanInvalidPlanStopDetailTopDtoInput[];
  /** 设置计划的品的skuid。对于货品，是0. */
  sku_id: Int64Input;
}

/** `PlanStopDetailTopDto` of `taobao.inventory.plan.invalid`. */
export interface TaobaoInventoryPlanInvalidPlanStopDetailTopDtoInput {
  /** 外部商家系统单据号，用于生成计划库存的业务来源 */
  plan_order_id: string;
  /** 操作码 */
  operate_code: string;
}

/** `BatchResult` of `taobao.inventory.plan.invalid`. */
export interface TaobaoInventoryPlanInvalidBatchResult {
  /** 成功的结果 */
  success_result_map?: string;
  /** 失败的结果 */
  error_result_map?: string;
  /** 有一个失败，整体失败 */
  result_code?: TaobaoInventoryPlanInvalidResultCode;
}

/** `ResultCode` of `taobao.inventory.plan.invalid`. */
export interface TaobaoInventoryPlanInvalidResultCode {
  /** 结果码 */
  code?: string;
  /** 结果id */
  id?: Int64;
  /** 结果描述 */
  message?: string;
}

const REQUEST_SCHEMA = {
  plan_stop_top: {
    item_id: 'Number',
    item_type: 'Number',
    plan_detail_list: [
      {
        plan_order_id: 'String',
        operate_code: 'String',
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

/** Static description of `taobao.inventory.plan.invalid`: method, response root, request and response schemas. */
export const taobaoInventoryPlanInvalidOperation = {
  method: 'taobao.inventory.plan.invalid',
  responseRoot: 'inventory_plan_invalid_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 失效计划库存 — calls TOP method `taobao.inventory.plan.invalid`.
 *
 * 计划库存的失效服务
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoInventoryPlanInvalid(
  client: TopClient,
  request: TaobaoInventoryPlanInvalidRequest,
  options?: CallOptions,
): Promise<TaobaoInventoryPlanInvalidResponse> {
  return client.call<TaobaoInventoryPlanInvalidResponse>(
    {
      method: 'taobao.inventory.plan.invalid',
      responseRoot: 'inventory_plan_invalid_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
