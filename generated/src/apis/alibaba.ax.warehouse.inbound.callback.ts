// Generated from specs/wdk/alibaba.ax.warehouse.inbound.callback.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.ax.warehouse.inbound.callback` (翱象入库回传). */
export interface AlibabaAxWarehouseInboundCallbackRequest {
  /** 消息体 */
  reverse_in_bound_call_back_request?: AlibabaAxWarehouseInboundCallbackTopReverseInBoundCallBackRequestInput;
}

/** Response of `alibaba.ax.warehouse.inbound.callback`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAxWarehouseInboundCallbackResponse {
  /** 错误编码 */
  return_code?: string;
  /** 调用成功 */
  return_success?: boolean;
  /** 错误信息 */
  return_message?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TopReverseInBoundCallBackRequest` of `alibaba.ax.warehouse.inbound.callback`. */
export interface AlibabaAxWarehouseInboundCallbackTopReverseInBoundCallBackRequestInput {
  /** 扩展字段 */
  extension?: string;
  /** 退仓来源单号/退款单号 */
  reverse_source_order_no: string;
  /** 测试标记 */
  test?: boolean;
  /** 消息体 */
  details?: AlibabaAxWarehouseInboundCallbackReverseInBoundDetailCallBackRequestInput[];
  /** 仓编码 */
  store_code?: string;
}

/** `ReverseInBoundDetailCallBackRequest` of `alibaba.ax.warehouse.inbound.callback`. */
export interface AlibabaAxWarehouseInboundCallbackReverseInBoundDetailCallBackRequestInput {
  /** 子单扩展字段 */
  extension?: string;
  /** oms主单号 */
  biz_order_id: string;
  /** 实际入库销售数量 */
  actual_sale_quantity: string;
  /** 实际入库库存数量 */
  actual_stock_quantity: string;
  /** oms子单号 */
  biz_sub_order_id: string;
  /** sku编码 */
  sku_code?: string;
}

const REQUEST_SCHEMA = {
  reverse_in_bound_call_back_request: {
    extension: 'String',
    reverse_source_order_no: 'String',
    test: 'Boolean',
    details: [
      {
        extension: 'String',
        biz_order_id: 'String',
        actual_sale_quantity: 'String',
        actual_stock_quantity: 'String',
        biz_sub_order_id: 'String',
        sku_code: 'String',
      },
    ],
    store_code: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  return_code: 'String',
  return_success: 'Boolean',
  return_message: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.ax.warehouse.inbound.callback`: method, response root, request and response schemas. */
export const alibabaAxWarehouseInboundCallbackOperation = {
  method: 'alibaba.ax.warehouse.inbound.callback',
  responseRoot: 'alibaba_ax_warehouse_inbound_callback_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 翱象入库回传 — calls TOP method `alibaba.ax.warehouse.inbound.callback`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAxWarehouseInboundCallback(
  client: TopClient,
  request: AlibabaAxWarehouseInboundCallbackRequest = {},
  options?: CallOptions,
): Promise<AlibabaAxWarehouseInboundCallbackResponse> {
  return client.call<AlibabaAxWarehouseInboundCallbackResponse>(
    {
      method: 'alibaba.ax.warehouse.inbound.callback',
      responseRoot: 'alibaba_ax_warehouse_inbound_callback_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
