// Generated from specs/ascp/alibaba.dchain.aoxiang.inventory.futureplan.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.dchain.aoxiang.inventory.futureplan` (负卖计划). */
export interface AlibabaDchainAoxiangInventoryFutureplanRequest {
  /** 负卖计划入参 */
  public_future_plan_request: AlibabaDchainAoxiangInventoryFutureplanPublicFuturePlanRequestInput;
}

/** Response of `alibaba.dchain.aoxiang.inventory.futureplan`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaDchainAoxiangInventoryFutureplanResponse {
  /** 返回结果 */
  future_plan_response?: AlibabaDchainAoxiangInventoryFutureplanTopResponse;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `PublicFuturePlanRequest` of `alibaba.dchain.aoxiang.inventory.futureplan`. */
export interface AlibabaDchainAoxiangInventoryFutureplanPublicFuturePlanRequestInput {
  /** 业务请求时间。时间戳。 毫秒 */
  request_time: Int64Input;
  /** 业务请求ID，用于幂等 */
  request_id: string;
  /** 操作id。所有的逻辑请保持品+仓+发布单号唯一，如果相同的品使用了相同的发布单号，库存认为是同一个计划。这个发布单号可以是在途单据号（CO、PO、ICP（调拨单号）、计划单号） */
  operation_order_id: string;
  /** 操作code。幂等逻辑：品+operationOrderId+operationDetailOrderId+operationCode。 如果存在多次操作（期货数量更新） 需要保持operationCode不一样 */
  operation_code: string;
  /** 新增负卖计划用 FU010,更新用 FU020,停用用 FU030 */
  biz_activity_code: string;
  /** 负卖品详情 */
  future_plan_detail_list: AlibabaDchainAoxiangInventoryFutureplanFuturePlanDetailInput[];
}

/** `FuturePlanDetail` of `alibaba.dchain.aoxiang.inventory.futureplan`. */
export interface AlibabaDchainAoxiangInventoryFutureplanFuturePlanDetailInput {
  /** 子订单操作id */
  operation_detail_order_id: string;
  /** 货品id */
  sc_item_id: Int64Input;
  /** 仓code */
  store_code: string;
  /** 负卖数量 */
  quantity: Int64Input;
  /** 负卖表达策略。1.只表达负卖; 2.实物、负卖一起售卖，先表达实物、再表达负卖 */
  inventory_strategy: Int64Input;
  /** 负卖计划开始时间。时间格式. yyyy-MM-dd HH:mm:ss */
  start_date: string;
  /** 负卖计划结束时间。时间格式. yyyy-MM-dd HH:mm:ss */
  end_date: string;
  /** 时间策略。1 - 绝对时间， 需要填写 deliveryStartDate 字段; 2 - 相对时间， 需要填写 relativeTime 字段 */
  time_strategy: Int64Input;
  /** 可以开始履约时间（预计到仓时间）。 时间格式. yyyy-MM-dd HH:mm:ss */
  delivery_start_date?: string;
  /** 相对时间天数(单位:天 适用于相对计划) */
  relative_time?: Int64Input;
  /** 表达负卖的店铺宝贝列表 */
  ic_item_list: AlibabaDchainAoxiangInventoryFutureplanIcItemDTOInput[];
}

/** `IcItemDTO` of `alibaba.dchain.aoxiang.inventory.futureplan`. */
export interface AlibabaDchainAoxiangInventoryFutureplanIcItemDTOInput {
  /** 店铺宝贝ID */
  item_id: string;
  /** 店铺宝贝skuId */
  sku_id?: string;
}

/** `TopResponse` of `alibaba.dchain.aoxiang.inventory.futureplan`. */
export interface AlibabaDchainAoxiangInventoryFutureplanTopResponse {
  /** 操作id */
  trace_id?: string;
  /** 错误码 */
  code?: string;
  /** 具体结果 */
  data?: AlibabaDchainAoxiangInventoryFutureplanFuturePlanResponse;
  /** 调用系统链路是否成功 */
  success?: boolean;
  /** 错误信息 */
  message?: string;
}

/** `FuturePlanResponse` of `alibaba.dchain.aoxiang.inventory.futureplan`. */
export interface AlibabaDchainAoxiangInventoryFutureplanFuturePlanResponse {
  /** 调用系统链路是否成功 */
  success?: boolean;
  /** 错误码 */
  error_code?: string;
  /** 错误信息 */
  error_message?: string;
  /** 负卖设置结果 */
  future_plan_item_result_list?: AlibabaDchainAoxiangInventoryFutureplanFuturePlanItemResult[];
}

/** `FuturePlanItemResult` of `alibaba.dchain.aoxiang.inventory.futureplan`. */
export interface AlibabaDchainAoxiangInventoryFutureplanFuturePlanItemResult {
  /** 业务结果 */
  success?: boolean;
  /** 错误码 */
  error_code?: string;
  /** 错误信息 */
  error_message?: string;
  /** 外部交易号(主) */
  ext_order_id?: string;
  /** 外部交易号(子) */
  ext_sub_order_id?: string;
  /** 货主id */
  user_id?: Int64;
  /** 货品 */
  sc_item_id?: Int64;
  /** 仓code */
  store_code?: string;
  /** 期货库存id */
  channel_inv_id?: string;
}

const REQUEST_SCHEMA = {
  public_future_plan_request: {
    request_time: 'Number',
    request_id: 'String',
    operation_order_id: 'String',
    operation_code: 'String',
    biz_activity_code: 'String',
    future_plan_detail_list: [
      {
        operation_detail_order_id: 'String',
        sc_item_id: 'Number',
        store_code: 'String',
        quantity: 'Number',
        inventory_strategy: 'Number',
        start_date: 'String',
        end_date: 'String',
        time_strategy: 'Number',
        delivery_start_date: 'String',
        relative_time: 'Number',
        ic_item_list: [
          {
            item_id: 'String',
            sku_id: 'String',
          },
        ],
      },
    ],
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  future_plan_response: {
    trace_id: 'String',
    code: 'String',
    data: {
      success: 'Boolean',
      error_code: 'String',
      error_message: 'String',
      future_plan_item_result_list: [
        {
          success: 'Boolean',
          error_code: 'String',
          error_message: 'String',
          ext_order_id: 'String',
          ext_sub_order_id: 'String',
          user_id: 'Number',
          sc_item_id: 'Number',
          store_code: 'String',
          channel_inv_id: 'String',
        },
      ],
    },
    success: 'Boolean',
    message: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.dchain.aoxiang.inventory.futureplan`: method, response root, request and response schemas. */
export const alibabaDchainAoxiangInventoryFutureplanOperation = {
  method: 'alibaba.dchain.aoxiang.inventory.futureplan',
  responseRoot: 'alibaba_dchain_aoxiang_inventory_futureplan_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 负卖计划 — calls TOP method `alibaba.dchain.aoxiang.inventory.futureplan`.
 *
 * 负卖计划。底层有白名单控制，并非对所有商家开放。如果需要使用，请联系对应的小二增加白名单
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaDchainAoxiangInventoryFutureplan(
  client: TopClient,
  request: AlibabaDchainAoxiangInventoryFutureplanRequest,
  options?: CallOptions,
): Promise<AlibabaDchainAoxiangInventoryFutureplanResponse> {
  return client.call<AlibabaDchainAoxiangInventoryFutureplanResponse>(
    {
      method: 'alibaba.dchain.aoxiang.inventory.futureplan',
      responseRoot: 'alibaba_dchain_aoxiang_inventory_futureplan_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
