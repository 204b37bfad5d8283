// Generated from specs/wdk/alibaba.wdk.fulfill.bill.return.warehouse.on.task.status.changed.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.wdk.fulfill.bill.return.warehouse.on.task.status.changed` (退仓结果回传). */
export interface AlibabaWdkFulfillBillReturnWarehouseOnTaskStatusChangedRequest {
  /** 退仓结果 */
  return_warehouse_result?: AlibabaWdkFulfillBillReturnWarehouseOnTaskStatusChangedReturnWarehouseResultInput;
}

/** Response of `alibaba.wdk.fulfill.bill.return.warehouse.on.task.status.changed`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaWdkFulfillBillReturnWarehouseOnTaskStatusChangedResponse {
  /** fulfillVoidResult */
  result?: AlibabaWdkFulfillBillReturnWarehouseOnTaskStatusChangedFulfillVoidResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ReturnWarehouseResult` of `alibaba.wdk.fulfill.bill.return.warehouse.on.task.status.changed`. */
export interface AlibabaWdkFulfillBillReturnWarehouseOnTaskStatusChangedReturnWarehouseResultInput {
  /** 仓编码，由基础店仓维护，盒马全域统一 */
  warehouse_code?: string;
  /** 入库单号 */
  return_warehouse_bill_id?: string;
  /** 子订单信息列表 */
  sku_info_list?: AlibabaWdkFulfillBillReturnWarehouseOnTaskStatusChangedReverseSkuInfoInput[];
  /** 0:包裹完整 1:包裹破损 */
  package_quality?: string;
}

/** `ReverseSkuInfo` of `alibaba.wdk.fulfill.bill.return.warehouse.on.task.status.changed`. */
export interface AlibabaWdkFulfillBillReturnWarehouseOnTaskStatusChangedReverseSkuInfoInput {
  /** 仓内报损数量（退仓数量-实际入库数量） */
  warehouse_loss_stock_quantity?: string;
  /** 实际入库数量(库存单位) */
  actual_in_bound_stock_quantity?: string;
  /** 商品编码 */
  sku_code?: string;
  /** 逆向履约单号 */
  reverse_fulfill_order_id?: string;
  /** 逆向履约子单号 */
  reverse_fulfill_sub_order_id?: string;
  /** 仓内报损原因列表 */
  warehouse_loss_reason_list?: AlibabaWdkFulfillBillReturnWarehouseOnTaskStatusChangedWarehouseLossReasonInput[];
  /** 关联的正向履约主单号 */
  related_fulfill_order_id: string;
  /** 关联的正向履约子单号 */
  related_fulfill_sub_order_id: string;
}

/** `WarehouseLossReason` of `alibaba.wdk.fulfill.bill.return.warehouse.on.task.status.changed`. */
export interface AlibabaWdkFulfillBillReturnWarehouseOnTaskStatusChangedWarehouseLossReasonInput {
  /** 报损原因描述 */
  warehouse_loss_reason?: string;
  /** 报损原因编码 */
  warehouse_loss_reason_code?: string;
  /** 仓内报损数量 */
  warehouse_loss_stock_quantity?: string;
}

/** `FulfillVoidResult` of `alibaba.wdk.fulfill.bill.return.warehouse.on.task.status.changed`. */
export interface AlibabaWdkFulfillBillReturnWarehouseOnTaskStatusChangedFulfillVoidResult {
  /** 返回码含义描述 */
  error_desc?: string;
  /** 返回码(success=false时不能为空)： SYSTEM_ERROR :系统异常(指令可重发) PARAM_ERROR :参数错误(指令不可重发，监控报警) BUSINESS_ERROR:业务异常(指令不可重发，监控报警) */
  error_code?: string;
  /** true 调用成功 false 调用失败 */
  success?: boolean;
}

const REQUEST_SCHEMA = {
  return_warehouse_result: {
    warehouse_code: 'String',
    return_warehouse_bill_id: 'String',
    sku_info_list: [
      {
        warehouse_loss_stock_quantity: 'String',
        actual_in_bound_stock_quantity: 'String',
        sku_code: 'String',
        reverse_fulfill_order_id: 'String',
        reverse_fulfill_sub_order_id: 'String',
        warehouse_loss_reason_list: [
          {
            warehouse_loss_reason: 'String',
            warehouse_loss_reason_code: 'String',
            warehouse_loss_stock_quantity: 'String',
          },
        ],
        related_fulfill_order_id: 'String',
        related_fulfill_sub_order_id: 'String',
      },
    ],
    package_quality: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    error_desc: 'String',
    error_code: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.wdk.fulfill.bill.return.warehouse.on.task.status.changed`: method, response root, request and response schemas. */
export const alibabaWdkFulfillBillReturnWarehouseOnTaskStatusChangedOperation = {
  method: 'alibaba.wdk.fulfill.bill.return.warehouse.on.task.status.changed',
  responseRoot: 'alibaba_wdk_fulfill_bill_return_warehouse_on_task_status_changed_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 退仓结果回传 — calls TOP method `alibaba.wdk.fulfill.bill.return.warehouse.on.task.status.changed`.
 *
 * 退货入仓结果回传
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaWdkFulfillBillReturnWarehouseOnTaskStatusChanged(
  client: TopClient,
  request: AlibabaWdkFulfillBillReturnWarehouseOnTaskStatusChangedRequest = {},
  options?: CallOptions,
): Promise<AlibabaWdkFulfillBillReturnWarehouseOnTaskStatusChangedResponse> {
  return client.call<AlibabaWdkFulfillBillReturnWarehouseOnTaskStatusChangedResponse>(
    {
      method: 'alibaba.wdk.fulfill.bill.return.warehouse.on.task.status.changed',
      responseRoot: 'alibaba_wdk_fulfill_bill_return_warehouse_on_task_status_changed_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
