// Generated from specs/wdk/alibaba.wdk.fulfill.batch.on.task.status.changed.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.wdk.fulfill.batch.on.task.status.changed` (物流管控作业状态回传). */
export interface AlibabaWdkFulfillBatchOnTaskStatusChangedRequest {
  /** 作业状态回传对象 */
  task_status?: AlibabaWdkFulfillBatchOnTaskStatusChangedTaskStatusInput;
}

/** Response of `alibaba.wdk.fulfill.batch.on.task.status.changed`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaWdkFulfillBatchOnTaskStatusChangedResponse {
  /** fulfillLogisticSingleResult */
  fulfill_logistic_single_result?: AlibabaWdkFulfillBatchOnTaskStatusChangedFulfillLogisticDefaultResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TaskStatus` of `alibaba.wdk.fulfill.batch.on.task.status.changed`. */
export interface AlibabaWdkFulfillBatchOnTaskStatusChangedTaskStatusInput {
  /** 作业节点类型： WAREHOUSE：仓 DELIVERY_DOCK：配送站 SHOP：经营店 */
  node_type?: string;
  /** warehouseCode, 出库仓，由基础店仓维护，盒马全域统一 */
  node_code?: string;
  /** 批次号 */
  batch_id?: string;
  /** 作业状态变更类型： START_PICK(“开始拣货”)， PICK_FINISH(“拣货完成”)， START_PACKAGE(“开始打包”), PACKAGE _FINISH(“打包完成”); */
  status_change_type?: string;
  /** 作业状态变更时间 */
  status_change_time?: DateInput;
  /** 操作员 */
  operator_code?: string;
  /** 是否最终状态（打包完成\整批次所有sku全部缺货：true，其他：false） */
  is_final_status?: boolean;
  /** 容器编号列表 */
  container_info_list?: string[];
  /** 履约单列表 */
  fulfill_order_list?: AlibabaWdkFulfillBatchOnTaskStatusChangedFulfillOrderInput[];
  /** 容器数量 */
  container_count?: Int64Input;
  /** 异形件数量 */
  abnormal_pack_count?: string;
  /** 扩展属性 */
  attributes?: string;
}

/** `FulfillOrder` of `alibaba.wdk.fulfill.batch.on.task.status.changed`. */
export interface AlibabaWdkFulfillBatchOnTaskStatusChangedFulfillOrderInput {
  /** 履约单号 */
  fulfill_order_id?: string;
  /** 子订单信息列表 */
  sku_info_list?: AlibabaWdkFulfillBatchOnTaskStatusChangedSkuInfoInput[];
  /** 扩展属性 */
  attributes?: string;
}

/** `SkuInfo` of `alibaba.wdk.fulfill.batch.on.task.status.changed`. */
export interface AlibabaWdkFulfillBatchOnTaskStatusChangedSkuInfoInput {
  /** 销售单位拣货数量(若还未开始拣货可空) */
  actual_sale_quantity?: string;
  /** 库存单位拣货数量(若还未开始拣货可空) */
  actual_stock_quantity?: string;
  /** 商品编码 */
  sku_code?: string;
  /** 履约子单ID */
  fulfill_sub_order_id?: string;
  /** 是否缺货 */
  is_shortage?: boolean;
  /** 扩展属性：exchangeGoods代表换货信息；containerType代表箱子标识（正常传0、禁止开箱传1）；containerCodes代表箱码数组（不存在为空）； */
  attributes?: string;
  /** 容器 */
  containers?: AlibabaWdkFulfillBatchOnTaskStatusChangedContainerDtoInput[];
}

/** `ContainerDto` of `alibaba.wdk.fulfill.batch.on.task.status.changed`. */
export interface AlibabaWdkFulfillBatchOnTaskStatusChangedContainerDtoInput {
  /** 容器类型 */
  container_type?: string;
  /** 容器code */
  container_code?: string;
}

/** `FulfillLogisticDefaultResult` of `alibaba.wdk.fulfill.batch.on.task.status.changed`. */
export interface AlibabaWdkFulfillBatchOnTaskStatusChangedFulfillLogisticDefaultResult {
  /** true 调用成功 false 调用失败 */
  success?: boolean;
  /** 返回码含义描述 */
  err_desc?: string;
  /** 返回码(success=false时不能为空)： SYSTEM_ERROR :系统异常(指令可重发) PARAM_ERROR :参数错误(指令不可重发，监控报警) BUSINESS_ERROR:业务异常(指令不可重发，监控报警) */
  err_code?: string;
}

const REQUEST_SCHEMA = {
  task_status: {
    node_type: 'String',
    node_code: 'String',
    batch_id: 'String',
    status_change_type: 'String',
    status_change_time: 'Date',
    operator_code: 'String',
    is_final_status: 'Boolean',
    container_info_list: ['String'],
    fulfill_order_list: [
      {
        fulfill_order_id: 'String',
        sku_info_list: [
          {
            actual_sale_quantity: 'String',
            actual_stock_quantity: 'String',
            sku_code: 'String',
            fulfill_sub_order_id: 'String',
            is_shortage: 'Boolean',
            attributes: 'String',
            containers: [
              {
                container_type: 'String',
                container_code: 'String',
              },
            ],
          },
        ],
        attributes: 'String',
      },
    ],
    container_count: 'Number',
    abnormal_pack_count: 'String',
    attributes: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  fulfill_logistic_single_result: {
    success: 'Boolean',
    err_desc: 'String',
    err_code: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.wdk.fulfill.batch.on.task.status.changed`: method, response root, request and response schemas. */
export const alibabaWdkFulfillBatchOnTaskStatusChangedOperation = {
  method: 'alibaba.wdk.fulfill.batch.on.task.status.changed',
  responseRoot: 'alibaba_wdk_fulfill_batch_on_task_status_changed_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 物流管控作业状态回传 — calls TOP method `alibaba.wdk.fulfill.batch.on.task.status.changed`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaWdkFulfillBatchOnTaskStatusChanged(
  client: TopClient,
  request: AlibabaWdkFulfillBatchOnTaskStatusChangedRequest = {},
  options?: CallOptions,
): Promise<AlibabaWdkFulfillBatchOnTaskStatusChangedResponse> {
  return client.call<AlibabaWdkFulfillBatchOnTaskStatusChangedResponse>(
    {
      method: 'alibaba.wdk.fulfill.batch.on.task.status.changed',
      responseRoot: 'alibaba_wdk_fulfill_batch_on_task_status_changed_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
