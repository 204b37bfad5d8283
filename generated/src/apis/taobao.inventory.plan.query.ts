// Generated from specs/inventory/taobao.inventory.plan.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.inventory.plan.query` (计划库存查询). */
export interface TaobaoInventoryPlanQueryRequest {
  /** 计划库存查询入参 */
  param?: TaobaoInventoryPlanQueryInvUnifyPlanTopQuerysInput;
}

/** Response of `taobao.inventory.plan.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoInventoryPlanQueryResponse {
  /** 接口返回model */
  result?: TaobaoInventoryPlanQueryResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `InvUnifyPlanTopQuerys` of `taobao.inventory.plan.query`. */
export interface TaobaoInventoryPlanQueryInvUnifyPlanTopQuerysInput {
  /** 查询入参 */
  plan_query_list?: TaobaoInventoryPlanQueryInvUnifyPlanTopQueryInput[];
}

/** `InvUnifyPlanTopQuery` of `taobao.inventory.plan.query`. */
export interface TaobaoInventoryPlanQueryInvUnifyPlanTopQueryInput {
  /** 商品或者货品的id，计划建在哪，就用哪个id */
  item_id?: Int64Input;
  /** skuid。如果是货品，则skuid是0 */
  sku_id?: Int64Input;
  /** item_id的类型，1是前端宝贝，2是后端货品 */
  item_type?: Int64Input;
  /** 生成计划库存的外部单据号 */
  plan_order_id?: string;
}

/** `Result` of `taobao.inventory.plan.query`. */
export interface TaobaoInventoryPlanQueryResult {
  /** 返回的对象 */
  data?: TaobaoInventoryPlanQueryPlanInvTopDto;
  /** 返回结果码 */
  result_code?: TaobaoInventoryPlanQueryResultCode;
}

/** `PlanInvTopDto` of `taobao.inventory.plan.query`. */
export interface TaobaoInventoryPlanQueryPlanInvTopDto {
  /** 实例列表 */
  plan_instance_inv_list?: TaobaoInventoryPlanQueryPlanInstanceInvResultDto[];
}

/** `PlanInstanceInvResultDto` of `taobao.inventory.plan.query`. */
export interface TaobaoInventoryPlanQueryPlanInstanceInvResultDto {
  /** 品id */
  item_id?: Int64;
  /** 品类型，1是前端宝贝，2是后端货品 */
  item_type?: Int64;
  /** skuid */
  sku_id?: Int64;
  /** 当前计划的实时剩余可售数量 */
  sellable_quantity?: Int64;
  /** 当前计划的实时预扣数量 */
  withholding_quantity?: Int64;
  /** 当前计划的实时占用数量 */
  occupy_quantity?: Int64;
  /** 计划的开始销售时间 */
  start_time?: string;
  /** 计划的结束销售时间 */
  end_time?: string;
  /** 策略 */
  strategy?: TaobaoInventoryPlanQueryStrategyRuleTopDto;
  /** 生成计划库存的外部单据号 */
  plan_order_id?: string;
  /** 计划id，平台内为planOrderId生成的计划id */
  plan_instance_id?: Int64;
  /** 最后一次全量设置的计划库存值。如果是增量编辑库存，settingQuantity不会变。这个值仅做参考，主要看前面的实时剩余可售数量sellable_quantity */
  setting_quantity?: Int64;
  /** 计划的履约仓信息 */
  promise_list?: TaobaoInventoryPlanQueryPlanPromiseTopDto[];
  /** 计划生效的前端宝贝列表，如果是货品关联的所有前端都生效，则这个对象是空 */
  relation_list?: TaobaoInventoryPlanQueryPlanItemRelationTopDto[];
}

/** `StrategyRuleTopDto` of `taobao.inventory.plan.query`. */
export interface TaobaoInventoryPlanQueryStrategyRuleTopDto {
  /** 1，代表先现货后计划库存；2代表仅卖计划库存 */
  rule_type?: Int64;
  /** 是否支持组合情况下，一部分子品用现货，一部分子品用计划库存。true代表支持，空或者false代表 子品都要同类型的库存才能组合起来 */
  comb_support?: boolean;
}

/** `PlanPromiseTopDto` of `taobao.inventory.plan.query`. */
export interface TaobaoInventoryPlanQueryPlanPromiseTopDto {
  /** 仓code */
  perform_store?: string;
  /** 履约时间，如绝对时间 2021-03-11 ，或者相对时间 2 */
  delivery_time?: string;
  /** 履约时间类型，0 是绝对时间，年月日；1是相对时间 */
  delivery_type?: Int64;
}

/** `PlanItemRelationTopDto` of `taobao.inventory.plan.query`. */
export interface TaobaoInventoryPlanQueryPlanItemRelationTopDto {
  /** 计划生效的itemid */
  item_id?: Int64;
  /** 计划生效的skuid */
  sku_id?: Int64;
}

/** `ResultCode` of `taobao.inventory.plan.query`. */
export interface TaobaoInventoryPlanQueryResultCode {
  /** 结果code */
  code?: string;
  /** 结果id */
  id?: Int64;
  /** 结果message */
  message?: string;
}

const REQUEST_SCHEMA = {
  param: {
    plan_query_list: [
      {
        item_id: 'Number',
        sku_id: 'Number',
        item_type: 'Number',
        plan_order_id: 'String',
      },
    ],
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    data: {
      plan_instance_inv_list: [
        {
          item_id: 'Number',
          item_type: 'Number',
          sku_id: 'Number',
          sellable_quantity: 'Number',
          withholding_quantity: 'Number',
          occupy_quantity: 'Number',
          start_time: 'String',
          end_time: 'String',
          strategy: {
            rule_type: 'Number',
            comb_support: 'Boolean',
          },
          plan_order_id: 'String',
          plan_instance_id: 'Number',
          setting_quantity: 'Number',
          promise_list: [
            {
              perform_store: 'String',
              delivery_time: 'String',
              delivery_type: 'Number',
            },
          ],
          relation_list: [
            {
              item_id: 'Number',
              sku_id: 'Number',
            },
          ],
        },
      ],
    },
    result_code: {
      code: 'String',
      id: 'Number',
      message: 'String',
    },
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.inventory.plan.query`: method, response root, request and response schemas. */
export const taobaoInventoryPlanQueryOperation = {
  method: 'taobao.inventory.plan.query',
  responseRoot: 'inventory_plan_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 计划库存查询 — calls TOP method `taobao.inventory.plan.query`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoInventoryPlanQuery(
  client: TopClient,
  request: TaobaoInventoryPlanQueryRequest = {},
  options?: CallOptions,
): Promise<TaobaoInventoryPlanQueryResponse> {
  return client.call<TaobaoInventoryPlanQueryResponse>(
    {
      method: 'taobao.inventory.plan.query',
      responseRoot: 'inventory_plan_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
