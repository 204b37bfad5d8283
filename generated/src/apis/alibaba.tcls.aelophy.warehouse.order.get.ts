// Generated from specs/wdk/alibaba.tcls.aelophy.warehouse.order.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.tcls.aelophy.warehouse.order.get` (仓作业单获取). */
export interface AlibabaTclsAelophyWarehouseOrderGetRequest {
  /** 查询入参对象 */
  warehouse_order_get_request: AlibabaTclsAelophyWarehouseOrderGetWarehouseOrderGetRequestInput;
}

/** Response of `alibaba.tcls.aelophy.warehouse.order.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaTclsAelophyWarehouseOrderGetResponse {
  /** 返回结果 */
  api_result?: AlibabaTclsAelophyWarehouseOrderGetTopBaseResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `WarehouseOrderGetRequest` of `alibaba.tcls.aelophy.warehouse.order.get`. */
export interface AlibabaTclsAelophyWarehouseOrderGetWarehouseOrderGetRequestInput {
  /** 门店编码 */
  store_id: string;
  /** 订单ID */
  biz_order_id: Int64Input;
}

/** `TopBaseResult` of `alibaba.tcls.aelophy.warehouse.order.get`. */
export interface AlibabaTclsAelophyWarehouseOrderGetTopBaseResult {
  /** 仓单对象 */
  model?: AlibabaTclsAelophyWarehouseOrderGetWarehouseOrderResponse;
  /** 接口是否成功 */
  success?: boolean;
  /** 返回码 */
  err_code?: string;
  /** 返回码说明 */
  err_msg?: string;
}

/** `WarehouseOrderResponse` of `alibaba.tcls.aelophy.warehouse.order.get`. */
export interface AlibabaTclsAelophyWarehouseOrderGetWarehouseOrderResponse {
  /** 商家编码 */
  merchant_code?: string;
  /** 门店编码 */
  store_id?: string;
  /** 订单ID */
  biz_order_id?: Int64;
  /** 订单来源 (2=美团/3=饿了么/26=京东到家/31=淘鲜达/28=私域渠道) */
  order_from?: Int64;
  /** 渠道订单ID */
  out_order_id?: string;
  /** 仓作业单状态 1 = 任务生成 2 = 拣货开始 3 = 拣货完成 4 = 打包开始 5 = 打包完成 -1 = 任务取消 */
  warehouse_status?: Int64;
  /** 仓作业单状态描述 */
  warehouse_status_desc?: string;
  /** 订单配送时效 1 = 自提 / 2 = 小时达 */
  delivery_time_mind?: Int64;
  /** 仓单异常状态 (正常/缺货出/任务取消) */
  exc_status_desc?: string;
  /** 仓作业任务下发时间(仓接单) */
  task_dispatched_time?: string;
  /** 仓作业任务生成时间(准备开始作业) */
  task_generate_time?: string;
  /** 拣货人员ID */
  pick_worker_id?: string;
  /** 拣货人员姓名 */
  pick_worker_name?: string;
  /** 拣货开始时间(人员开始拣货) */
  pick_start_time?: string;
  /** 拣货结束时间 */
  pick_finish_time?: string;
  /** 打包人员ID */
  pack_worker_id?: string;
  /** 打包人员姓名 */
  pack_worker_name?: string;
  /** 打包开始时间 */
  pack_start_time?: string;
  /** 打包结束时间 */
  pack_finish_time?: string;
  /** 用户选择最晚送达时间 */
  latest_arrival_time?: string;
  /** 最晚出库时间 */
  latest_outbound_time?: string;
  /** 实际出库时间 */
  actual_outbound_time?: string;
  /** 仓作业取消时间 */
  cancel_time?: string;
  /** 子单列表 */
  sub_orders?: AlibabaTclsAelophyWarehouseOrderGetWarehouseSubOrderResponse[];
}

/** `WarehouseSubOrderResponse` of `alibaba.tcls.aelophy.warehouse.order.get`. */
export interface AlibabaTclsAelophyWarehouseOrderGetWarehouseSubOrderResponse {
  /** 交易子单号 */
  biz_sub_order_id?: Int64;
  /** 渠道子单号 */
  out_sub_order_id?: string;
  /** 商品编码 */
  sku_code?: string;
  /** 商品名称 */
  sku_name?: string;
  /** 库存单位 */
  stock_unit?: string;
  /** 库存单位购买数量(应拣数量) */
  buy_stock_quantity?: string;
  /** 库存单位拣货数量 */
  pick_stock_quantity?: string;
}

const REQUEST_SCHEMA = {
  warehouse_order_get_request: {
    store_id: 'String',
    biz_order_id: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  api_result: {
    model: {
      merchant_code: 'String',
      store_id: 'String',
      biz_order_id: 'Number',
      order_from: 'Number',
      out_order_id: 'String',
      warehouse_status: 'Number',
      warehouse_status_desc: 'String',
      delivery_time_mind: 'Number',
      exc_status_desc: 'String',
      task_dispatched_time: 'Date',
      task_generate_time: 'Date',
      pick_worker_id: 'String',
      pick_worker_name: 'String',
      pick_start_time: 'Date',
      pick_finish_time: 'Date',
      pack_worker_id: 'String',
      pack_worker_name: 'String',
      pack_start_time: 'Date',
      pack_finish_time: 'Date',
      latest_arrival_time: 'Date',
      latest_outbound_time: 'Date',
      actual_outbound_time: 'Date',
      cancel_time: 'Date',
      sub_orders: [
        {
          biz_sub_order_id: 'Number',
          out_sub_order_id: 'String',
          sku_code: 'String',
          sku_name: 'String',
          stock_unit: 'String',
          buy_stock_quantity: 'Price',
          pick_stock_quantity: 'Price',
        },
      ],
    },
    success: 'Boolean',
    err_code: 'String',
    err_msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.tcls.aelophy.warehouse.order.get`: method, response root, request and response schemas. */
export const alibabaTclsAelophyWarehouseOrderGetOperation = {
  method: 'alibaba.tcls.aelophy.warehouse.order.get',
  responseRoot: 'alibaba_tcls_aelophy_warehouse_order_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 仓作业单获取 — calls TOP method `alibaba.tcls.aelophy.warehouse.order.get`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaTclsAelophyWarehouseOrderGet(
  client: TopClient,
  request: AlibabaTclsAelophyWarehouseOrderGetRequest,
  options?: CallOptions,
): Promise<AlibabaTclsAelophyWarehouseOrderGetResponse> {
  return client.call<AlibabaTclsAelophyWarehouseOrderGetResponse>(
    {
      method: 'alibaba.tcls.aelophy.warehouse.order.get',
      responseRoot: 'alibaba_tcls_aelophy_warehouse_order_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
