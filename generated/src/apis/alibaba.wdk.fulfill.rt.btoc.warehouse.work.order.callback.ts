// Generated from specs/wdk/alibaba.wdk.fulfill.rt.btoc.warehouse.work.order.callback.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.wdk.fulfill.rt.btoc.warehouse.work.order.callback` (大润发B2C仓作业单回传接口). */
export interface AlibabaWdkFulfillRtBtocWarehouseWorkOrderCallbackRequest {
  /** 作业单回传对象 */
  callback_order?: AlibabaWdkFulfillRtBtocWarehouseWorkOrderCallbackDrfB2CCallbackOrderInput;
}

/** Response of `alibaba.wdk.fulfill.rt.btoc.warehouse.work.order.callback`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaWdkFulfillRtBtocWarehouseWorkOrderCallbackResponse {
  /** 响应提示信息 */
  resp_message?: string;
  /** 响应code */
  resp_code?: string;
  /** 是否成功 */
  is_success?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `DrfB2CCallbackOrder` of `alibaba.wdk.fulfill.rt.btoc.warehouse.work.order.callback`. */
export interface AlibabaWdkFulfillRtBtocWarehouseWorkOrderCallbackDrfB2CCallbackOrderInput {
  /** 作业状态变更时间 */
  status_change_time: string;
  /** 作业状态变更类型： START_PICK(“开始拣货”)， PICK_FINISH(“拣货完成”)， START_PACKAGE(“开始打包”), PACKAGE _FINISH(“打包完成”); */
  status_change_type: string;
  /** 节点编码 */
  node_code: string;
  /** 作业单类型： BATCH("批次"), ORDER("物流单 */
  work_order_type: string;
  /** 作业单号 */
  work_order_id: string;
  /** 作业单元 */
  callback_units?: AlibabaWdkFulfillRtBtocWarehouseWorkOrderCallbackDrfB2CCallbackUnitInput[];
  /** 是否作业节点终态 */
  is_final: boolean;
  /** 操作员 */
  operator?: AlibabaWdkFulfillRtBtocWarehouseWorkOrderCallbackOperatorInput;
  /** 容器列表 */
  containers?: AlibabaWdkFulfillRtBtocWarehouseWorkOrderCallbackContainerInput[];
}

/** `DrfB2CCallbackUnit` of `alibaba.wdk.fulfill.rt.btoc.warehouse.work.order.callback`. */
export interface AlibabaWdkFulfillRtBtocWarehouseWorkOrderCallbackDrfB2CCallbackUnitInput {
  /** 作业内容 */
  callback_contents?: AlibabaWdkFulfillRtBtocWarehouseWorkOrderCallbackDrfB2CCallbackContentInput[];
  /** 作业单元单号 */
  work_order_unit_id?: string;
}

/** `DrfB2CCallbackContent` of `alibaba.wdk.fulfill.rt.btoc.warehouse.work.order.callback`. */
export interface AlibabaWdkFulfillRtBtocWarehouseWorkOrderCallbackDrfB2CCallbackContentInput {
  /** 是否缺货出 */
  is_shortage?: boolean;
  /** 商品编码 */
  sku_code?: string;
  /** 缺货出库存数量 */
  out_of_stock_stock_quantity?: string;
  /** 缺货出销售数量 */
  out_of_stock_sale_quantity?: string;
  /** 实际库存拣货数量 */
  actual_stock_quantity?: string;
  /** 实际销售拣货数量 */
  actual_sale_quantity?: string;
  /** 作业内容单号 */
  work_unit_content_id?: string;
}

/** `Operator` of `alibaba.wdk.fulfill.rt.btoc.warehouse.work.order.callback`. */
export interface AlibabaWdkFulfillRtBtocWarehouseWorkOrderCallbackOperatorInput {
  /** 操作员编码 */
  operator_code?: string;
  /** 操作员姓名 */
  operator_name?: string;
}

/** `Container` of `alibaba.wdk.fulfill.rt.btoc.warehouse.work.order.callback`. */
export interface AlibabaWdkFulfillRtBtocWarehouseWorkOrderCallbackContainerInput {
  /** 容器类型 */
  container_type?: string;
  /** 容器code */
  container_code?: string;
}

const REQUEST_SCHEMA = {
  callback_order: {
    status_change_time: 'String',
    status_change_type: 'String',
    node_code: 'String',
    work_order_type: 'String',
    work_order_id: 'String',
    callback_units: [
      {
        callback_contents: [
          {
            is_shortage: 'Boolean',
            sku_code: 'String',
            out_of_stock_stock_quantity: 'String',
            out_of_stock_sale_quantity: 'String',
            actual_stock_quantity: 'String',
            actual_sale_quantity: 'String',
            work_unit_content_id: 'String',
          },
        ],
        work_order_unit_id: 'String',
      },
    ],
    is_final: 'Boolean',
    operator: {
      operator_code: 'String',
      operator_name: 'String',
    },
    containers: [
      {
        container_type: 'String',
        container_code: 'String',
      },
    ],
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  resp_message: 'String',
  resp_code: 'String',
  is_success: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.wdk.fulfill.rt.btoc.warehouse.work.order.callback`: method, response root, request and response schemas. */
export const alibabaWdkFulfillRtBtocWarehouseWorkOrderCallbackOperation = {
  method: 'alibaba.wdk.fulfill.rt.btoc.warehouse.work.order.callback',
  responseRoot: 'alibaba_wdk_fulfill_rt_btoc_warehouse_work_order_callback_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 大润发B2C仓作业单回传接口 — calls TOP method `alibaba.wdk.fulfill.rt.btoc.warehouse.work.order.callback`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaWdkFulfillRtBtocWarehouseWorkOrderCallback(
  client: TopClient,
  request: AlibabaWdkFulfillRtBtocWarehouseWorkOrderCallbackRequest = {},
  options?: CallOptions,
): Promise<AlibabaWdkFulfillRtBtocWarehouseWorkOrderCallbackResponse> {
  return client.call<AlibabaWdkFulfillRtBtocWarehouseWorkOrderCallbackResponse>(
    {
      method: 'alibaba.wdk.fulfill.rt.btoc.warehouse.work.order.callback',
      responseRoot: 'alibaba_wdk_fulfill_rt_btoc_warehouse_work_order_callback_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
