// Generated from specs/wdk/alibaba.wdk.fulfill.warehouse.work.order.callback.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.wdk.fulfill.warehouse.work.order.callback` (标准化仓作业单回传接口). */
export interface AlibabaWdkFulfillWarehouseWorkOrderCallbackRequest {
  /** 作业单回传对象 */
  callback_order?: AlibabaWdkFulfillWarehouseWorkOrderCallbackDrfHalfDayCcCallbackOrderInput;
}

/** Response of `alibaba.wdk.fulfill.warehouse.work.order.callback`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaWdkFulfillWarehouseWorkOrderCallbackResponse {
  /** 响应提示信息 */
  resp_message?: string;
  /** 响应code */
  resp_code?: string;
  /** 是否成功 */
  is_success?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `DrfHalfDayCcCallbackOrder` of `alibaba.wdk.fulfill.warehouse.work.order.callback`. */
export interface AlibabaWdkFulfillWarehouseWorkOrderCallbackDrfHalfDayCcCallbackOrderInput {
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
  callback_units?: AlibabaWdkFulfillWarehouseWorkOrderCallbackDrfHalfDayCcCallbackUnitInput[];
  /** 是否作业节点终态 */
  is_final: boolean;
  /** 操作员 */
  operator?: AlibabaWdkFulfillWarehouseWorkOrderCallbackOperatorInput;
  /** 容器列表 */
  containers?: AlibabaWdkFulfillWarehouseWorkOrderCallbackContainerInput[];
  /** 作业单扩展属性 */
  attribute?: string;
}

/** `DrfHalfDayCcCallbackUnit` of `alibaba.wdk.fulfill.warehouse.work.order.callback`. */
export interface AlibabaWdkFulfillWarehouseWorkOrderCallbackDrfHalfDayCcCallbackUnitInput {
  /** 作业内容 */
  callback_contents?: AlibabaWdkFulfillWarehouseWorkOrderCallbackDrfHalfDayCcCallbackContentInput[];
  /** 作业单元单号 */
  work_order_unit_id?: string;
  /** 作业单元扩展属性 */
  attribute?: string;
}

/** `DrfHalfDayCcCallbackContent` of `alibaba.wdk.fulfill.warehouse.work.order.callback`. */
export interface AlibabaWdkFulfillWarehouseWorkOrderCallbackDrfHalfDayCcCallbackContentInput {
  /** 是否缺货出 */
  is_shortage?: boolean;
  /** 商品名称 */
  sku_name?: string;
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
  /** 作业内容扩展属性 */
  attribute?: string;
  /** 子单出库关联的同城令牌 */
  same_town_packages?: AlibabaWdkFulfillWarehouseWorkOrderCallbackSameTownPackageInput[];
}

/** `SameTownPackage` of `alibaba.wdk.fulfill.warehouse.work.order.callback`. */
export interface AlibabaWdkFulfillWarehouseWorkOrderCallbackSameTownPackageInput {
  /** 令牌号 */
  token_code?: string;
  /** 6位交接码 */
  pickup_code?: string;
  /** 包裹中商品出库销售数量 */
  actual_sale_quantity?: string;
  /** 包裹中商品出库库存数量 */
  actual_stock_quantity?: string;
  /** 周转箱 */
  container?: AlibabaWdkFulfillWarehouseWorkOrderCallbackContainerInput;
}

/** `Container` of `alibaba.wdk.fulfill.warehouse.work.order.callback`. */
export interface AlibabaWdkFulfillWarehouseWorkOrderCallbackContainerInput {
  /** 容器类型 */
  container_type?: string;
  /** 容器编码 */
  container_code?: string;
}

/** `Operator` of `alibaba.wdk.fulfill.warehouse.work.order.callback`. */
export interface AlibabaWdkFulfillWarehouseWorkOrderCallbackOperatorInput {
  /** 操作员编码 */
  operator_code?: string;
  /** 操作员姓名 */
  operator_name?: string;
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
            sku_name: 'String',
            sku_code: 'String',
            out_of_stock_stock_quantity: 'String',
            out_of_stock_sale_quantity: 'String',
            actual_stock_quantity: 'String',
            actual_sale_quantity: 'String',
            work_unit_content_id: 'String',
            attribute: 'String',
            same_town_packages: [
              {
                token_code: 'String',
                pickup_code: 'String',
                actual_sale_quantity: 'String',
                actual_stock_quantity: 'String',
                container: {
                  container_type: 'String',
                  container_code: 'String',
                },
              },
            ],
          },
        ],
        work_order_unit_id: 'String',
        attribute: 'String',
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
    attribute: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  resp_message: 'String',
  resp_code: 'String',
  is_success: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.wdk.fulfill.warehouse.work.order.callback`: method, response root, request and response schemas. */
export const alibabaWdkFulfillWarehouseWorkOrderCallbackOperation = {
  method: 'alibaba.wdk.fulfill.warehouse.work.order.callback',
  responseRoot: 'alibaba_wdk_fulfill_warehouse_work_order_callback_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 标准化仓作业单回传接口 — calls TOP method `alibaba.wdk.fulfill.warehouse.work.order.callback`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaWdkFulfillWarehouseWorkOrderCallback(
  client: TopClient,
  request: AlibabaWdkFulfillWarehouseWorkOrderCallbackRequest = {},
  options?: CallOptions,
): Promise<AlibabaWdkFulfillWarehouseWorkOrderCallbackResponse> {
  return client.call<AlibabaWdkFulfillWarehouseWorkOrderCallbackResponse>(
    {
      method: 'alibaba.wdk.fulfill.warehouse.work.order.callback',
      responseRoot: 'alibaba_wdk_fulfill_warehouse_work_order_callback_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
