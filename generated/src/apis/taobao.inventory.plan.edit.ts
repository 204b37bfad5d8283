// Generated from specs/inventory/taobao.inventory.plan.edit.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.inventory.plan.edit` (设置计划库存). */
export interface TaobaoInventoryPlanEditRequest {
  /** 计划库存设置入参 */
  plan_top?: TaobaoInventoryPlanEditPlanTopDtoInput;
}

/** Response of `taobao.inventory.plan.edit`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoInventoryPlanEditResponse {
  /** 批量返回结果 */
  result?: TaobaoInventoryPlanEditBatchResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `PlanTopDto` of `taobao.inventory.plan.edit`. */
export interface TaobaoInventoryPlanEditPlanTopDtoInput {
  /** 品id，前端宝贝id，或者后端货品id */
  item_id: Int64Input;
  /** 品的类型，1-前端宝贝，2-后端货品 */
  item_type: Int64Input;
  /** 计划详情 */
  plan_instance_list: TaobaoInventoryPlanEditPlanInstanceTopDtoInput[];
  /** 设置计划的品的skuid。对于货品，是0. */
  sku_id: Int64Input;
}

/** `PlanInstanceTopDto` of `taobao.inventory.plan.edit`. */
export interface TaobaoInventoryPlanEditPlanInstanceTopDtoInput {
  /** 服务承诺信息 */
  promise_list: TaobaoInventoryPlanEditPromiseListInput[];
  /** 设置的库存类型，0-全量覆盖，1-增量处理 */
  quantity_op_type: Int64Input;
  /** 计划库存生效的宝贝范围。对于品的后端货品情况下，才有可能设置，设置后在这个范围的宝贝才能使用计划库存。也可以不设置，代表后端货品关联的所有宝贝都生效。 */
  relation_list?: TaobaoInventoryPlanEditRelationListInput[];
  /** 计划库存销售开始时间，年月日时分秒 */
  start_time: string;
  /** 计划库存销售结束时间，年月日时分秒 */
  end_time: string;
  /** 销售策略 */
  strategy: TaobaoInventoryPlanEditStrategyInput;
  /** 设置的库存值 */
  setting_quantity: Int64Input;
  /** 外部商家系统单据号，用于生成计划库存的业务来源 */
  plan_order_id: string;
  /** 操作码，用于幂等验证 */
  operate_code: string;
}

/** `PromiseList` of `taobao.inventory.plan.edit`. */
export interface TaobaoInventoryPlanEditPromiseListInput {
  /** 服务时效信息，发货时间比如2020-01-26；相对时间比如3，代表付款后3天内发货 */
  delivery_time: string;
  /** 发货时间类型，0-绝对时间，1-相对时间 */
  delivery_type: Int64Input;
  /** 履约仓code */
  perform_store: string;
}

/** `RelationList` of `taobao.inventory.plan.edit`. */
export interface TaobaoInventoryPlanEditRelationListInput {
  /** 生效的前端宝贝id */
  item_id?: Int64Input;
  /** 生效的前端宝贝的skuid */
  sku_id?: Int64Input;
}

/** `Strategy` of `taobao.inventory.plan.edit`. */
export interface TaobaoInventoryPlanEditStrategyInput {
  /** 组合货品情况下，是否支持部分子品现货部分子品计划库存可以进行组合。如果不设置，则都是现货库存，或者都是计划库存才能进行组合 */
  comb_support?: boolean;
  /** 具体的销售策略，1-先现货库存，后计划库存；2-仅计划库存 */
  rule_type: Int64Input;
}

/** `BatchResult` of `taobao.inventory.plan.edit`. */
export interface TaobaoInventoryPlanEditBatchResult {
  /** 成功列表 */
  success_result_map?: string;
  /** 失败列表 */
  error_result_map?: string;
  /** 有一个失败，则整体是失败 */
  result_code?: TaobaoInventoryPlanEditResultCode;
}

/** `ResultCode` of `taobao.inventory.plan.edit`. */
export interface TaobaoInventoryPlanEditResultCode {
  /** 结果描述 */
  code?: string;
  /** 结果id */
  id?: Int64;
  /** 结果码 */
  message?: string;
}

const REQUEST_SCHEMA = {
  plan_top: {
    item_id: 'Number',
    item_type: 'Number',
    plan_instance_list: [
      {
        promise_list: [
          {
            delivery_time: 'String',
            delivery_type: 'Number',
            perform_store: 'String',
          },
        ],
        quantity_op_type: 'Number',
        relation_list: [
          {
            item_id: 'Number',
            sku_id: 'Number',
          },
        ],
        start_time: 'String',
        end_time: 'String',
        strategy: {
          comb_support: 'Boolean',
          rule_type: 'Number',
        },
        setting_quantity: 'Number',
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

/** Static description of `taobao.inventory.plan.edit`: method, response root, request and response schemas. */
export const taobaoInventoryPlanEditOperation = {
  method: 'taobao.inventory.plan.edit',
  responseRoot: 'inventory_plan_edit_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 设置计划库存 — calls TOP method `taobao.inventory.plan.edit`.
 *
 * 初始化计划库存，或者编辑已经存在的计划库存
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoInventoryPlanEdit(
  client: TopClient,
  request: TaobaoInventoryPlanEditRequest = {},
  options?: CallOptions,
): Promise<TaobaoInventoryPlanEditResponse> {
  return client.call<TaobaoInventoryPlanEditResponse>(
    {
      method: 'taobao.inventory.plan.edit',
      responseRoot: 'inventory_plan_edit_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
